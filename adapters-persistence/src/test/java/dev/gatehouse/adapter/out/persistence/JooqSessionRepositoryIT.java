package dev.gatehouse.adapter.out.persistence;

import static dev.gatehouse.adapter.out.persistence.jooq.Tables.REFRESH_TOKENS;
import static dev.gatehouse.adapter.out.persistence.jooq.Tables.SESSIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.adapter.out.persistence.OverlappingTransactions.Outcomes;
import dev.gatehouse.adapter.out.persistence.jooq.tables.records.RefreshTokensRecord;
import dev.gatehouse.adapter.out.persistence.jooq.tables.records.SessionsRecord;
import dev.gatehouse.domain.auth.Authentication;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.session.LockedRefreshToken;
import dev.gatehouse.domain.session.RefreshToken;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.testing.SessionRepositoryContract;
import dev.gatehouse.domain.testing.UserBuilder;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shared session contract on real PostgreSQL, plus what only a real database can show. */
@PersistenceIT
class JooqSessionRepositoryIT extends SessionRepositoryContract {
    private static final Instant LOGIN = Instant.parse("2026-03-01T12:00:00.654321Z");
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final SessionRepository sessions;
    private final UserRepository users;
    private final UnitOfWork unitOfWork;
    private final DSLContext dsl;

    @Autowired
    JooqSessionRepositoryIT(SessionRepository sessions, UserRepository users, UnitOfWork unitOfWork, DSLContext dsl) {
        this.sessions = sessions;
        this.users = users;
        this.unitOfWork = unitOfWork;
        this.dsl = dsl;
    }

    @Override
    protected SessionRepository sessions() {
        return sessions;
    }

    @Override
    protected UserRepository users() {
        return users;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    @Test
    void openingASessionStoresItAndOnlyTheHashOfItsFirstRefreshToken() {
        User user = storedUser();
        RefreshToken token = RefreshToken.generate(new SecureRandom());
        Session session = new Session(
                SessionId.newId(),
                user.id(),
                LOGIN,
                LOGIN,
                LOGIN.plus(Duration.ofDays(30)),
                null,
                new ClientInfo("203.0.113.7", "curl/8.5.0"),
                Authentication.byPassword(LOGIN));
        Instant tokenExpiry = LOGIN.plus(Duration.ofDays(14));

        unitOfWork.run(() -> sessions.open(session, token.hash(), tokenExpiry));

        SessionsRecord stored =
                dsl.fetchSingle(SESSIONS, SESSIONS.ID.eq(session.id().value()));
        assertThat(stored.getUserId()).isEqualTo(user.id().value());
        assertThat(stored.getCreatedAt().toInstant()).isEqualTo(LOGIN);
        assertThat(stored.getLastUsedAt().toInstant()).isEqualTo(LOGIN);
        assertThat(stored.getExpiresAt().toInstant()).isEqualTo(session.expiresAt());
        assertThat(stored.getRevokedAt()).isNull();
        assertThat(stored.getIp()).isEqualTo("203.0.113.7");
        assertThat(stored.getUserAgent()).isEqualTo("curl/8.5.0");

        RefreshTokensRecord storedToken = dsl.fetchSingle(REFRESH_TOKENS);
        assertThat(storedToken.getTokenHash()).isEqualTo(token.hash()).isNotEqualTo(token.value());
        assertThat(storedToken.getSessionId()).isEqualTo(session.id().value());
        assertThat(storedToken.getIssuedAt().toInstant()).isEqualTo(LOGIN);
        assertThat(storedToken.getExpiresAt().toInstant()).isEqualTo(tokenExpiry);
        assertThat(storedToken.getSpentAt()).isNull();
    }

    @Test
    void storesAnUnknownClientAsNulls() {
        Session session = openSession(storedUser(), LOGIN, "b".repeat(64));

        SessionsRecord stored =
                dsl.fetchSingle(SESSIONS, SESSIONS.ID.eq(session.id().value()));
        assertThat(stored.getIp()).isNull();
        assertThat(stored.getUserAgent()).isNull();
        assertThat(sessions.findById(session.id()).orElseThrow().client()).isEqualTo(ClientInfo.unknown());
    }

    /**
     * The refresh flow depends on this: two requests presenting the same refresh token at once must
     * not both rotate it. The second waits for the first one's lock, then sees the token spent.
     */
    @Test
    void aSecondLockOfTheSameRefreshTokenWaitsForTheFirstAndThenSeesItSpent() throws InterruptedException {
        openSession(storedUser(), LOGIN, "c".repeat(64));
        Instant refreshedAt = LOGIN.plus(Duration.ofMinutes(15));

        Outcomes<Optional<LockedRefreshToken>, Optional<LockedRefreshToken>> outcomes = OverlappingTransactions.run(
                unitOfWork,
                dsl,
                () -> {
                    Optional<LockedRefreshToken> locked = sessions.lockRefreshToken("c".repeat(64));
                    sessions.rotate("c".repeat(64), "d".repeat(64), refreshedAt.plus(Duration.ofDays(14)), refreshedAt);
                    return locked;
                },
                () -> sessions.lockRefreshToken("c".repeat(64)));

        assertThat(outcomes.first().value())
                .hasValueSatisfying(locked -> assertThat(locked.token().spent()).isFalse());
        assertThat(outcomes.second().failure()).isNull();
        assertThat(outcomes.second().value()).hasValueSatisfying(locked -> {
            assertThat(locked.token().spentAt()).isEqualTo(refreshedAt);
            assertThat(locked.session().lastUsedAt()).isEqualTo(refreshedAt);
        });
    }

    /**
     * The token and its session are read in one statement, so the session must be locked too: a
     * refresh overlapping a revocation of the session (say, a replay detected by another instance)
     * waits for it and then sees the session revoked, not the version from before its wait.
     */
    @Test
    void lockingARefreshTokenWaitsForAConcurrentRevocationOfItsSessionAndThenSeesIt() throws InterruptedException {
        Session session = openSession(storedUser(), LOGIN, "5".repeat(64));
        Instant revokedAt = LOGIN.plus(Duration.ofMinutes(5));

        Outcomes<Void, Optional<LockedRefreshToken>> outcomes = OverlappingTransactions.run(
                unitOfWork,
                dsl,
                () -> {
                    sessions.revoke(session.id(), revokedAt);
                    return null;
                },
                () -> sessions.lockRefreshToken("5".repeat(64)));

        assertThat(outcomes.first().failure()).isNull();
        assertThat(outcomes.second().failure()).isNull();
        assertThat(outcomes.second().value()).hasValueSatisfying(locked -> {
            assertThat(locked.session().revokedAt()).isEqualTo(revokedAt);
            assertThat(locked.token().spent()).isFalse();
        });
    }

    /**
     * What keeps a refresh racing its account's delete from deadlocking: the delete locks the users
     * row before it cascades to the token, and the refresh's first statement waits for that lock,
     * then finds no account (the re-check of the locked row sees it deleted).
     */
    @Test
    void lockingTheAccountOfATokenWaitsForTheAccountsDeleteAndThenFindsNone() throws InterruptedException {
        User user = storedUser();
        openSession(user, LOGIN, "7".repeat(64));

        Outcomes<Boolean, Optional<UserId>> outcomes = OverlappingTransactions.run(
                unitOfWork,
                dsl,
                () -> users.delete(user.id()),
                () -> sessions.lockAccountOfRefreshToken("7".repeat(64)));

        assertThat(outcomes.first().value()).isTrue();
        assertThat(outcomes.second().failure()).isNull();
        assertThat(outcomes.second().value()).isEmpty();
    }

    /** ...and the lock is the account's: a change of the account waits for the refresh that took it. */
    @Test
    void aChangeOfTheAccountWaitsForTheUnitOfWorkThatLockedItThroughAToken() throws InterruptedException {
        User user = storedUser();
        openSession(user, LOGIN, "8".repeat(64));
        User disabled = user.withEnabled(false, LOGIN.plusSeconds(1));

        Outcomes<Optional<UserId>, Object> outcomes = OverlappingTransactions.run(
                unitOfWork, dsl, () -> sessions.lockAccountOfRefreshToken("8".repeat(64)), () -> {
                    users.update(disabled);
                    return null;
                });

        assertThat(outcomes.first().value()).contains(user.id());
        assertThat(outcomes.second().succeeded()).isTrue();
        assertThat(users.findById(user.id())).contains(disabled);
    }

    /** A caller that rotates without locking and checking first must not give a token two successors. */
    @Test
    void refusesToRotateATokenThatIsAlreadySpent() {
        Session session = openSession(storedUser(), LOGIN, "e".repeat(64));
        Instant later = LOGIN.plusSeconds(60);
        unitOfWork.run(() -> sessions.rotate("e".repeat(64), "f".repeat(64), later.plus(Duration.ofDays(14)), later));

        assertThatThrownBy(() -> unitOfWork.run(() -> sessions.rotate(
                        "e".repeat(64), "0".repeat(64), later.plus(Duration.ofDays(14)), later.plusSeconds(1))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> unitOfWork.run(
                        () -> sessions.rotate("unknown", "1".repeat(64), later.plus(Duration.ofDays(14)), later)))
                .isInstanceOf(IllegalStateException.class);

        assertThat(dsl.fetchCount(
                        REFRESH_TOKENS,
                        REFRESH_TOKENS.SESSION_ID.eq(session.id().value())))
                .isEqualTo(2);
        assertThat(sessions.findById(session.id()).orElseThrow().lastUsedAt()).isEqualTo(later);
    }

    @Test
    void purgeDeletesExpiredRefreshTokensOfLiveSessionsToo() {
        Session live = openSession(storedUser(), LOGIN, "2".repeat(64));
        Instant refreshedAt = LOGIN.plus(Duration.ofDays(13));
        unitOfWork.run(() ->
                sessions.rotate("2".repeat(64), "3".repeat(64), refreshedAt.plus(Duration.ofDays(14)), refreshedAt));
        Instant afterTheFirstTokenExpired = LOGIN.plus(Duration.ofDays(15));

        int purged = unitOfWork.inTransaction(() ->
                sessions.purgeEnded(afterTheFirstTokenExpired, afterTheFirstTokenExpired.minus(Duration.ofDays(1))));

        assertThat(purged).isZero();
        assertThat(sessions.findById(live.id())).isPresent();
        assertThat(dsl.fetch(REFRESH_TOKENS).getValues(REFRESH_TOKENS.TOKEN_HASH))
                .containsExactly("3".repeat(64));
    }

    /**
     * Instances purge at the same time: while one holds the ended rows, another neither waits for
     * it nor fails nor counts them again; once the first commits, nothing ended is left.
     */
    @Test
    void concurrentPurgesNeitherWaitForEachOtherNorCountARowTwice() throws Exception {
        User owner = storedUser();
        Instant now = LOGIN.plus(Duration.ofDays(60));
        openSession(owner, LOGIN, "4".repeat(64));
        openSession(owner, LOGIN.plus(Duration.ofDays(1)), "5".repeat(64));
        Session live = openSession(owner, now.minus(Duration.ofDays(1)), "6".repeat(64));

        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch firstPurged = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        try {
            Future<Integer> first = threads.submit(() -> unitOfWork.inTransaction(() -> {
                int purged = sessions.purgeEnded(now, now);
                firstPurged.countDown();
                awaitUntilReleased(firstMayCommit);
                return purged;
            }));
            assertThat(firstPurged.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS))
                    .as("first purge done")
                    .isTrue();

            // The first one commits only after this one has ended: had this one waited, it would time out.
            Future<Integer> second =
                    threads.submit(() -> unitOfWork.inTransaction(() -> sessions.purgeEnded(now, now)));
            assertThat(second.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).isZero();

            firstMayCommit.countDown();
            assertThat(first.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(2);
        } finally {
            firstMayCommit.countDown();
            threads.shutdownNow();
        }
        assertThat(dsl.fetch(SESSIONS).getValues(SESSIONS.ID))
                .containsExactly(live.id().value());
        assertThat(dsl.fetch(REFRESH_TOKENS).getValues(REFRESH_TOKENS.TOKEN_HASH))
                .containsExactly("6".repeat(64));
    }

    private User storedUser() {
        User user = UserBuilder.aUser().build();
        unitOfWork.run(() -> users.insert(user));
        return user;
    }

    private Session openSession(User user, Instant createdAt, String tokenHash) {
        Session session = new Session(
                SessionId.newId(),
                user.id(),
                createdAt,
                createdAt,
                createdAt.plus(Duration.ofDays(30)),
                null,
                ClientInfo.unknown(),
                Authentication.byPassword(createdAt));
        unitOfWork.run(() -> sessions.open(session, tokenHash, createdAt.plus(Duration.ofDays(14))));
        return session;
    }

    /** Interrupted (the test ending early) counts as released, so the transaction always ends. */
    private static void awaitUntilReleased(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
