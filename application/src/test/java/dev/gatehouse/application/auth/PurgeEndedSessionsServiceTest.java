package dev.gatehouse.application.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.Fixtures;
import dev.gatehouse.domain.auth.Authentication;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.testing.UserBuilder;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PurgeEndedSessionsServiceTest {
    private final Fixtures world = new Fixtures();
    private final PurgeEndedSessionsService purge =
            new PurgeEndedSessionsService(world.sessions, world.unitOfWork, world.clock);
    private final User user = UserBuilder.aUser().build();

    private Session open(Instant createdAt, Duration lifetime) {
        Session session = new Session(
                SessionId.newId(),
                user.id(),
                createdAt,
                createdAt,
                createdAt.plus(lifetime),
                null,
                ClientInfo.unknown(),
                Authentication.byPassword(createdAt));
        world.sessions.open(session, "hash-" + session.id(), createdAt.plus(Duration.ofDays(14)));
        return session;
    }

    @Test
    void deletesExpiredSessionsAndLongRevokedOnes() {
        Instant now = world.clock.instant();
        Session expired = open(now.minus(Duration.ofDays(31)), Duration.ofDays(30));
        Session revokedLongAgo = open(now.minus(Duration.ofDays(3)), Duration.ofDays(30));
        world.sessions.revoke(
                revokedLongAgo.id(),
                now.minus(PurgeEndedSessionsService.REVOKED_KEPT).minusSeconds(1));
        Session revokedRecently = open(now.minus(Duration.ofHours(1)), Duration.ofDays(30));
        world.sessions.revoke(revokedRecently.id(), now.minus(Duration.ofMinutes(1)));
        Session live = open(now.minus(Duration.ofDays(1)), Duration.ofDays(30));

        assertThat(purge.purgeEndedSessions()).isEqualTo(2);

        assertThat(world.sessions.sessions())
                .extracting(Session::id)
                .containsExactlyInAnyOrder(revokedRecently.id(), live.id());
        assertThat(world.sessions.findById(expired.id())).isEmpty();
        assertThat(purge.purgeEndedSessions()).isZero();
    }
}
