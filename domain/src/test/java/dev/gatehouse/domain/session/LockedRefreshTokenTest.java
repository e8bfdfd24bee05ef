package dev.gatehouse.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.auth.Authentication;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LockedRefreshTokenTest {
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    private static Session aSession() {
        return new Session(
                SessionId.newId(),
                new UserId(UUID.randomUUID()),
                T0,
                T0,
                T0.plus(Duration.ofDays(30)),
                null,
                ClientInfo.unknown(),
                Authentication.byPassword(T0));
    }

    private static StoredRefreshToken aTokenOf(SessionId sessionId) {
        return new StoredRefreshToken("hash", sessionId, T0, T0.plus(Duration.ofDays(14)), null);
    }

    @Test
    void pairsATokenWithItsOwnSession() {
        Session session = aSession();

        LockedRefreshToken locked = new LockedRefreshToken(aTokenOf(session.id()), session);

        assertThat(locked.session()).isSameAs(session);
        assertThat(locked.token().sessionId()).isEqualTo(session.id());
    }

    @Test
    void refusesATokenOfAnotherSession() {
        Session session = aSession();

        assertThatThrownBy(() -> new LockedRefreshToken(aTokenOf(aSession().id()), session))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(session.id().toString());
    }
}
