package dev.gatehouse.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.auth.Authentication;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.session.LockedRefreshToken;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.session.StoredRefreshToken;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionRepository} must do; run against the in-memory fake and the real
 * adapter. Each test starts from an empty store. Times have microsecond precision (PostgreSQL's).
 */
public abstract class SessionRepositoryContract {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");
    private static final ClientInfo CLIENT = new ClientInfo("198.51.100.4", "contract-test/1.0");

    protected abstract SessionRepository sessions();

    /** Sessions belong to accounts: the store of those, for stores that enforce the link. */
    protected abstract UserRepository users();

    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    private void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    private User owner;

    @BeforeEach
    void createOwner() {
        owner = UserBuilder.aUser().build();
        run(() -> users().insert(owner));
    }

    private Session openSession(User user, Instant createdAt, String tokenHash) {
        Session session = new Session(
                SessionId.newId(),
                user.id(),
                createdAt,
                createdAt,
                createdAt.plus(Duration.ofDays(30)),
                null,
                CLIENT,
                Authentication.byPassword(createdAt));
        run(() -> sessions().open(session, tokenHash, createdAt.plus(Duration.ofDays(14))));
        return session;
    }

    @Test
    void opensASessionWithItsFirstRefreshToken() {
        Session session = openSession(owner, T0, "hash-1");

        assertThat(sessions().findById(session.id())).contains(session);
        LockedRefreshToken locked =
                inTransaction(() -> sessions().lockRefreshToken("hash-1")).orElseThrow();
        assertThat(locked.token())
                .isEqualTo(new StoredRefreshToken("hash-1", session.id(), T0, T0.plus(Duration.ofDays(14)), null));
        assertThat(locked.session()).isEqualTo(session);
        assertThat(inTransaction(() -> sessions().lockRefreshToken("unknown"))).isEmpty();
    }

    @Test
    void locksTheAccountARefreshTokenBelongsTo() {
        openSession(owner, T0, "hash-1");

        assertThat(inTransaction(() -> sessions().lockAccountOfRefreshToken("hash-1")))
                .contains(owner.id());
        assertThat(inTransaction(() -> sessions().lockAccountOfRefreshToken("unknown")))
                .isEmpty();
    }

    @Test
    void aTokenOfADeletedAccountLeadsToNoAccount() {
        openSession(owner, T0, "hash-1");
        run(() -> users().delete(owner.id()));

        assertThat(inTransaction(() -> sessions().lockAccountOfRefreshToken("hash-1")))
                .isEmpty();
    }

    @Test
    void keepsHowTheSessionWasSignedInThroughRotationsAndRevocation() {
        // The second step came later than the password: auth_time is not the session's creation time.
        Authentication secondStep = Authentication.byPasswordAndTotp(T0.plusSeconds(42));
        Session session = new Session(
                SessionId.newId(), owner.id(), T0, T0, T0.plus(Duration.ofDays(30)), null, CLIENT, secondStep);
        run(() -> sessions().open(session, "hash-1", T0.plus(Duration.ofDays(14))));
        Instant later = T0.plus(Duration.ofHours(1));

        run(() -> sessions().rotate("hash-1", "hash-2", later.plus(Duration.ofDays(14)), later));
        assertThat(sessions().findById(session.id()).orElseThrow().authentication())
                .isEqualTo(secondStep);
        assertThat(sessions().findLive(owner.id(), later))
                .extracting(Session::authentication)
                .containsExactly(secondStep);

        Authentication recovery = Authentication.byPasswordAndRecoveryCode(T0);
        Session other = new Session(
                SessionId.newId(), owner.id(), T0, T0, T0.plus(Duration.ofDays(30)), null, CLIENT, recovery);
        run(() -> sessions().open(other, "hash-3", T0.plus(Duration.ofDays(14))));
        run(() -> sessions().revoke(other.id(), later));
        assertThat(sessions().findById(other.id()).orElseThrow().authentication())
                .isEqualTo(recovery);
    }

    @Test
    void rotatesASpentTokenIntoItsSuccessor() {
        Session session = openSession(owner, T0, "hash-1");
        Instant later = T0.plus(Duration.ofHours(1));

        run(() -> sessions().rotate("hash-1", "hash-2", later.plus(Duration.ofDays(14)), later));

        assertThat(inTransaction(() -> sessions().lockRefreshToken("hash-1"))
                        .orElseThrow()
                        .token()
                        .spentAt())
                .isEqualTo(later);
        LockedRefreshToken successor =
                inTransaction(() -> sessions().lockRefreshToken("hash-2")).orElseThrow();
        assertThat(successor.token())
                .isEqualTo(
                        new StoredRefreshToken("hash-2", session.id(), later, later.plus(Duration.ofDays(14)), null));
        assertThat(successor.session().lastUsedAt()).isEqualTo(later);
        assertThat(sessions().findById(session.id()).orElseThrow().lastUsedAt()).isEqualTo(later);
    }

    @Test
    void revokesOnceAndKeepsTheFirstRevocationTime() {
        Session session = openSession(owner, T0, "hash-1");

        run(() -> sessions().revoke(session.id(), T0.plusSeconds(10)));
        run(() -> sessions().revoke(session.id(), T0.plusSeconds(20)));

        assertThat(sessions().findById(session.id()).orElseThrow().revokedAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(inTransaction(() -> sessions().lockRefreshToken("hash-1"))
                        .orElseThrow()
                        .session()
                        .revokedAt())
                .isEqualTo(T0.plusSeconds(10));
    }

    @Test
    void listsLiveSessionsNewestFirstAndRevokesThemAll() {
        Session older = openSession(owner, T0, "hash-1");
        Session newer = openSession(owner, T0.plusSeconds(5), "hash-2");
        Session revoked = openSession(owner, T0.plusSeconds(6), "hash-3");
        run(() -> sessions().revoke(revoked.id(), T0.plusSeconds(7)));
        User other = UserBuilder.aUser().build();
        run(() -> users().insert(other));
        Session othersSession = openSession(other, T0, "hash-4");
        Instant now = T0.plusSeconds(60);

        assertThat(sessions().findLive(owner.id(), now))
                .extracting(Session::id)
                .containsExactly(newer.id(), older.id());
        assertThat(sessions().findLive(owner.id(), T0.plus(Duration.ofDays(31))))
                .isEmpty();

        assertThat(inTransaction(() -> sessions().revokeAllOf(owner.id(), now))).isEqualTo(2);
        assertThat(sessions().findLive(owner.id(), now)).isEmpty();
        assertThat(sessions().findLive(other.id(), now)).extracting(Session::id).containsExactly(othersSession.id());
    }

    @Test
    void purgesExpiredAndLongRevokedSessionsOnly() {
        Session expired = openSession(owner, T0.minus(Duration.ofDays(40)), "hash-1");
        Session revokedLongAgo = openSession(owner, T0.minus(Duration.ofDays(2)), "hash-2");
        run(() -> sessions().revoke(revokedLongAgo.id(), T0.minus(Duration.ofDays(2))));
        Session revokedJustNow = openSession(owner, T0.minus(Duration.ofMinutes(5)), "hash-3");
        run(() -> sessions().revoke(revokedJustNow.id(), T0.minus(Duration.ofMinutes(1))));
        Session live = openSession(owner, T0.minus(Duration.ofDays(1)), "hash-4");

        int purged = inTransaction(() -> sessions().purgeEnded(T0, T0.minus(Duration.ofDays(1))));

        assertThat(purged).isEqualTo(2);
        assertThat(sessions().findById(expired.id())).isEmpty();
        assertThat(sessions().findById(revokedLongAgo.id())).isEmpty();
        assertThat(sessions().findById(revokedJustNow.id())).isPresent();
        assertThat(sessions().findById(live.id())).isPresent();
        assertThat(inTransaction(() -> sessions().lockRefreshToken("hash-1"))).isEmpty();
        assertThat(inTransaction(() -> sessions().lockRefreshToken("hash-4"))).isPresent();
    }
}
