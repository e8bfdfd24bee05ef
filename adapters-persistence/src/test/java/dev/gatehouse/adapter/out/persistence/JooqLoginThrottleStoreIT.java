package dev.gatehouse.adapter.out.persistence;

import static dev.gatehouse.adapter.out.persistence.jooq.Tables.LOGIN_THROTTLES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.adapter.out.persistence.OverlappingTransactions.Outcomes;
import dev.gatehouse.adapter.out.persistence.jooq.tables.records.LoginThrottlesRecord;
import dev.gatehouse.domain.auth.LoginThrottle;
import dev.gatehouse.domain.port.out.LoginThrottleStore;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.testing.FixedClock;
import dev.gatehouse.domain.testing.LoginThrottleStoreContract;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shared contract on real PostgreSQL, plus the rows it writes, its batches and concurrent logins. */
@PersistenceIT
class JooqLoginThrottleStoreIT extends LoginThrottleStoreContract {
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final String NAME = "ada@example.com";

    private final LoginThrottleStore store;
    private final UnitOfWork unitOfWork;
    private final DSLContext dsl;
    private final FixedClock clock;

    @Autowired
    JooqLoginThrottleStoreIT(LoginThrottleStore store, UnitOfWork unitOfWork, DSLContext dsl, FixedClock clock) {
        this.store = store;
        this.unitOfWork = unitOfWork;
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    protected LoginThrottleStore store() {
        return store;
    }

    @Override
    protected FixedClock clock() {
        return clock;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    /** A name's first lock writes a clean row, stamped with the application's clock. */
    @Test
    void theFirstLockWritesACleanRowStampedWithTheClock() {
        unitOfWork.inTransaction(() -> store.lock(NAME));

        LoginThrottlesRecord row = dsl.fetchSingle(LOGIN_THROTTLES);
        assertThat(row.getLoginName()).isEqualTo(NAME);
        assertThat(row.getFailures()).isZero();
        assertThat(row.getLocks()).isZero();
        assertThat(row.getLockedUntil()).isNull();
        assertThat(row.getLastFailureAt().toInstant()).isEqualTo(clock.instant());
    }

    @Test
    void savingStampsTheRowWithTheClock() {
        unitOfWork.run(() -> store.save(store.lock(NAME).afterFailure(clock.instant())));
        clock.advance(Duration.ofSeconds(5));

        unitOfWork.run(
                () -> store.save(new LoginThrottle(NAME, 0, 2, clock.instant().plusSeconds(30))));

        assertThat(dsl.fetchSingle(LOGIN_THROTTLES).getLastFailureAt().toInstant())
                .isEqualTo(clock.instant());
    }

    /**
     * A successful login clears the name while another login of the same name waits for its lock:
     * the waiting one reads the cleared record on its first try instead of finding its row gone.
     */
    @Test
    void aLoginWaitingForTheLockOfANameASuccessClearsReadsTheClearedRecord() throws InterruptedException {
        unitOfWork.run(() -> store.save(new LoginThrottle(NAME, 3, 0, null)));

        Outcomes<LoginThrottle, LoginThrottle> outcomes = OverlappingTransactions.run(
                unitOfWork,
                dsl,
                () -> {
                    LoginThrottle throttle = store.lock(NAME);
                    store.clear(NAME);
                    return throttle;
                },
                () -> store.lock(NAME));

        assertThat(outcomes.second().failure()).isNull();
        assertThat(outcomes.second().value()).isEqualTo(LoginThrottle.clean(NAME));
        assertThat(dsl.fetchCount(LOGIN_THROTTLES)).isEqualTo(1);
    }

    @Test
    void purgeDeletesBatchAfterBatch() {
        IntStream.range(0, 5).forEach(i -> save("user" + i + "@example.com", null));
        clock.advance(Duration.ofDays(1));
        JooqLoginThrottleStore inBatchesOfTwo = new JooqLoginThrottleStore(dsl, clock, 2);

        assertThat(inBatchesOfTwo.purgeIdle(clock.instant())).isEqualTo(5);
        assertThat(dsl.fetchCount(LOGIN_THROTTLES)).isZero();
    }

    /** A purge neither waits for nor deletes a record that a login attempt holds right now. */
    @Test
    void purgeLeavesARecordALoginHoldsAlone() throws Exception {
        save(NAME, null);
        save("idle@example.com", null);
        clock.advance(Duration.ofDays(1));
        ExecutorService thread = Executors.newSingleThreadExecutor();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            Future<LoginThrottle> login = thread.submit(() -> unitOfWork.inTransaction(() -> {
                LoginThrottle throttle = store.lock(NAME);
                locked.countDown();
                awaitUntilReleased(release);
                return throttle;
            }));
            assertThat(locked.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS))
                    .as("locked")
                    .isTrue();

            assertThat(store.purgeIdle(clock.instant())).isEqualTo(1);

            release.countDown();
            assertThat(login.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS).loginName())
                    .isEqualTo(NAME);
        } finally {
            release.countDown();
            thread.shutdownNow();
        }
        assertThat(dsl.fetch(LOGIN_THROTTLES).getValues(LOGIN_THROTTLES.LOGIN_NAME))
                .containsExactly(NAME);
    }

    /**
     * Two login attempts on one name at once: the second waits for the first one's lock and then
     * reads the failure the first one counted, so no failure is lost.
     */
    @Test
    void aSecondLockOfARecordedNameWaitsForTheFirstAndSeesWhatItSaved() throws InterruptedException {
        unitOfWork.run(() -> store.save(new LoginThrottle(NAME, 3, 0, null)));
        Instant now = clock.instant();

        Outcomes<LoginThrottle, LoginThrottle> outcomes = failureCountedWhileASecondLockWaits(now);

        assertThat(outcomes.first().value()).isEqualTo(new LoginThrottle(NAME, 3, 0, null));
        assertThat(outcomes.second().failure()).isNull();
        assertThat(outcomes.second().value()).isEqualTo(new LoginThrottle(NAME, 4, 0, null));
    }

    /** The same for a name seen for the first time: the second waits for the first one's INSERT. */
    @Test
    void aSecondLockOfANewNameWaitsForTheFirstAndSeesWhatItSaved() throws InterruptedException {
        Instant now = clock.instant();

        Outcomes<LoginThrottle, LoginThrottle> outcomes = failureCountedWhileASecondLockWaits(now);

        assertThat(outcomes.first().value()).isEqualTo(LoginThrottle.clean(NAME));
        assertThat(outcomes.second().failure()).isNull();
        assertThat(outcomes.second().value()).isEqualTo(new LoginThrottle(NAME, 1, 0, null));
        assertThat(dsl.fetchCount(LOGIN_THROTTLES)).isEqualTo(1);
    }

    /** A successful login clears the record before a second attempt comes: that one starts clean. */
    @Test
    void aLockWaitingForTheInsertOfARecordThatIsClearedMeanwhileGetsACleanOne() throws InterruptedException {
        unitOfWork.run(() -> store.save(new LoginThrottle(NAME, 4, 0, null)));

        Outcomes<LoginThrottle, LoginThrottle> outcomes = OverlappingTransactions.run(
                unitOfWork,
                dsl,
                () -> {
                    LoginThrottle throttle = store.lock(NAME);
                    store.clear(NAME);
                    return throttle;
                },
                () -> store.lock(NAME));

        assertThat(outcomes.first().value().failures()).isEqualTo(4);
        assertSecondLockGotACleanRecord(outcomes);
    }

    /**
     * A successful login clears the record while a second attempt already waits for its lock: the
     * row that attempt waited for is gone, so it inserts the name again and locks that.
     */
    @Test
    void aLockWaitingForARecordThatIsClearedMeanwhileGetsACleanOne() throws InterruptedException {
        unitOfWork.run(() -> store.save(new LoginThrottle(NAME, 4, 0, null)));

        Outcomes<LoginThrottle, LoginThrottle> outcomes = OverlappingTransactions.run(
                unitOfWork, dsl, () -> store.lock(NAME), () -> store.lock(NAME), () -> store.clear(NAME));

        assertThat(outcomes.first().failure()).isNull();
        assertThat(outcomes.first().value().failures()).isEqualTo(4);
        assertSecondLockGotACleanRecord(outcomes);
    }

    /** The first transaction locks the name and counts a failure; the second asks for the lock meanwhile. */
    private Outcomes<LoginThrottle, LoginThrottle> failureCountedWhileASecondLockWaits(Instant now)
            throws InterruptedException {
        return OverlappingTransactions.run(
                unitOfWork,
                dsl,
                () -> {
                    LoginThrottle throttle = store.lock(NAME);
                    store.save(throttle.afterFailure(now));
                    return throttle;
                },
                () -> store.lock(NAME));
    }

    private void assertSecondLockGotACleanRecord(Outcomes<LoginThrottle, LoginThrottle> outcomes) {
        assertThat(outcomes.second().failure()).isNull();
        assertThat(outcomes.second().value()).isEqualTo(LoginThrottle.clean(NAME));
        assertThat(dsl.fetchSingle(LOGIN_THROTTLES).getFailures()).isZero();
    }

    private void save(String loginName, Instant lockedUntil) {
        unitOfWork.run(() -> store.save(
                new LoginThrottle(loginName, lockedUntil == null ? 1 : 0, lockedUntil == null ? 0 : 1, lockedUntil)));
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
