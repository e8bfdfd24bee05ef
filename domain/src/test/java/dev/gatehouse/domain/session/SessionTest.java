package dev.gatehouse.domain.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.auth.Authentication;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionTest {
    private static final Instant LOGIN = Instant.parse("2026-11-27T10:00:00Z");
    private final Session session = new Session(
            SessionId.newId(),
            UserId.newId(),
            LOGIN,
            LOGIN,
            LOGIN.plus(Duration.ofDays(30)),
            null,
            new ClientInfo(null, null),
            Authentication.byPassword(LOGIN));

    @Test
    void aRefreshTokenLivesItsOwnLifetime() {
        assertThat(session.refreshTokenExpiry(LOGIN, Duration.ofDays(14))).isEqualTo(LOGIN.plus(Duration.ofDays(14)));
    }

    @Test
    void butNeverPastTheSessionsAbsoluteEnd() {
        Instant late = LOGIN.plus(Duration.ofDays(25));

        assertThat(session.refreshTokenExpiry(late, Duration.ofDays(14))).isEqualTo(session.expiresAt());
    }
}
