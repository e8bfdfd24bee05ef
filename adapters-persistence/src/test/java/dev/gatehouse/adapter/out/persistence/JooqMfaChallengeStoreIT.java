package dev.gatehouse.adapter.out.persistence;

import static dev.gatehouse.adapter.out.persistence.jooq.Tables.MFA_CHALLENGES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.adapter.out.persistence.OverlappingTransactions.Outcomes;
import dev.gatehouse.adapter.out.persistence.jooq.tables.records.MfaChallengesRecord;
import dev.gatehouse.domain.mfa.MfaChallenge;
import dev.gatehouse.domain.port.out.MfaChallengeStore;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.testing.MfaChallengeStoreContract;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

/** The shared contract on real PostgreSQL, plus its races, its batches and the account's deletion. */
@PersistenceIT
class JooqMfaChallengeStoreIT extends MfaChallengeStoreContract {
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final int CONCURRENT_FAILURES = 8;

    private final MfaChallengeStore challenges;
    private final UserRepository accounts;
    private final UnitOfWork unitOfWork;
    private final DSLContext dsl;

    @Autowired
    JooqMfaChallengeStoreIT(
            MfaChallengeStore challenges, UserRepository accounts, UnitOfWork unitOfWork, DSLContext dsl) {
        this.challenges = challenges;
        this.accounts = accounts;
        this.unitOfWork = unitOfWork;
        this.dsl = dsl;
    }

    @Override
    protected MfaChallengeStore store() {
        return challenges;
    }

    @Override
    protected UserRepository users() {
        return accounts;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    @Test
    void storesTheTokenHashTheAccountAndNoFailures() {
        createChallenge();

        MfaChallengesRecord row = dsl.fetchSingle(MFA_CHALLENGES);
        assertThat(row.getTokenHash()).isEqualTo(TOKEN);
        assertThat(row.getUserId()).isEqualTo(owner().value());
        assertThat(row.getCreatedAt().toInstant()).isEqualTo(ISSUED);
        assertThat(row.getExpiresAt().toInstant()).isEqualTo(EXPIRES);
        assertThat(row.getFailures()).isZero();
        assertThat(row.getSpentAt()).isNull();
    }

    /**
     * Wrong codes counted by many requests at once, each in its own transaction: none is lost,
     * each request learns a different count, and the token is dead from the fifth on.
     */
    @Test
    void concurrentFailureCountsNeverLoseOne() throws Exception {
        createChallenge();
        ExecutorService threads = Executors.newFixedThreadPool(CONCURRENT_FAILURES);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> counts = new ArrayList<>();
            for (int i = 0; i < CONCURRENT_FAILURES; i++) {
                counts.add(threads.submit(() -> {
                    start.await();
                    return unitOfWork.inTransaction(() -> challenges.countFailure(TOKEN));
                }));
            }
            start.countDown();

            List<Integer> learnt = new ArrayList<>();
            for (Future<Integer> count : counts) {
                learnt.add(count.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS));
            }
            assertThat(learnt)
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, CONCURRENT_FAILURES)
                            .boxed()
                            .toList());
        } finally {
            start.countDown();
            threads.shutdownNow();
        }
        assertThat(dsl.fetchSingle(MFA_CHALLENGES).getFailures()).isEqualTo(CONCURRENT_FAILURES);
        assertThat(inTransaction(() -> challenges.spend(TOKEN, ISSUED))).isFalse();
    }

    @Test
    void twoSpendsAtOnceHaveExactlyOneWinner() throws InterruptedException {
        createChallenge();

        Outcomes<Boolean, Boolean> outcomes =
                OverlappingTransactions.runTwice(unitOfWork, dsl, () -> challenges.spend(TOKEN, ISSUED));

        assertThat(outcomes.first().value()).isTrue();
        assertThat(outcomes.second().failure()).isNull();
        assertThat(outcomes.second().value()).isFalse();
    }

    /** Two second steps with one token: the later waits for the earlier, then finds the token spent. */
    @Test
    void aSecondLockWaitsForTheFirstAndThenFindsTheChallengeSpent() throws InterruptedException {
        createChallenge();

        Outcomes<Boolean, Optional<MfaChallenge>> outcomes = OverlappingTransactions.run(
                unitOfWork,
                dsl,
                () -> challenges.lockUsable(TOKEN, ISSUED).isPresent() && challenges.spend(TOKEN, ISSUED),
                () -> challenges.lockUsable(TOKEN, ISSUED));

        assertThat(outcomes.first().value()).isTrue();
        assertThat(outcomes.second().failure()).isNull();
        assertThat(outcomes.second().value()).isEmpty();
    }

    /** Guesses at once with one token are checked one by one: the one after the fifth failure finds nothing. */
    @Test
    void aSecondLockWaitsForTheFirstAndThenSeesItsFifthFailure() throws InterruptedException {
        createChallenge();
        countFailures(MfaChallenge.MAX_FAILURES - 1);

        Outcomes<Integer, Optional<MfaChallenge>> outcomes = OverlappingTransactions.run(
                unitOfWork,
                dsl,
                () -> challenges
                        .lockUsable(TOKEN, ISSUED)
                        .map(locked -> challenges.countFailure(TOKEN))
                        .orElseThrow(),
                () -> challenges.lockUsable(TOKEN, ISSUED));

        assertThat(outcomes.first().value()).isEqualTo(MfaChallenge.MAX_FAILURES);
        assertThat(outcomes.second().failure()).isNull();
        assertThat(outcomes.second().value()).isEmpty();
    }

    @Test
    void purgeDeletesBatchAfterBatch() {
        IntStream.range(0, 5)
                .forEach(i -> run(() -> challenges.create(Integer.toString(i).repeat(64), owner(), EXPIRES, ISSUED)));
        JooqMfaChallengeStore inBatchesOfTwo = new JooqMfaChallengeStore(dsl, 2);

        assertThat(inBatchesOfTwo.purgeExpired(EXPIRES.plusSeconds(1))).isEqualTo(5);
        assertThat(dsl.fetchCount(MFA_CHALLENGES)).isZero();
    }

    @Test
    void deletingTheAccountDeletesItsChallenges() {
        createChallenge();

        assertThat(inTransaction(() -> accounts.delete(owner()))).isTrue();

        assertThat(dsl.fetchCount(MFA_CHALLENGES)).isZero();
    }
}
