package dev.gatehouse.adapter.out.persistence;

import dev.gatehouse.domain.port.out.UnitOfWork;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.jooq.DSLContext;

/**
 * Two units of work that provably overlap, for race tests that do not depend on timing luck: the
 * first does its work and keeps its transaction open; the second starts; only once PostgreSQL
 * shows a session of this database waiting on a lock does the first commit. A second unit of
 * work that never waits fails the test, because then the race was not exercised.
 */
final class OverlappingTransactions {
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(20);
    private static final String SESSIONS_WAITING_ON_A_LOCK = """
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock'""";

    /** What one unit of work returned, or the exception it ended with. */
    record Outcome<T>(T value, Throwable failure) {
        boolean succeeded() {
            return failure == null;
        }
    }

    record Outcomes<A, B>(Outcome<A> first, Outcome<B> second) {}

    private OverlappingTransactions() {}

    /** Sessions of this database waiting on a lock right now (row locks show as {@code Lock}). */
    static Long sessionsWaitingOnALock(DSLContext dsl) {
        return dsl.resultQuery(SESSIONS_WAITING_ON_A_LOCK).fetchOne(0, Long.class);
    }

    static <A, B> Outcomes<A, B> run(
            UnitOfWork unitOfWork, DSLContext dsl, Supplier<A> firstWork, Supplier<B> secondWork)
            throws InterruptedException {
        return run(unitOfWork, dsl, firstWork, secondWork, () -> {});
    }

    /** The same work twice at once, for races that must have exactly one winner. */
    static <T> Outcomes<T, T> runTwice(UnitOfWork unitOfWork, DSLContext dsl, Supplier<T> work)
            throws InterruptedException {
        return run(unitOfWork, dsl, work, work);
    }

    /**
     * As {@link #run(UnitOfWork, DSLContext, Supplier, Supplier)}, and the first unit of work runs
     * {@code firstLastWork} once the second one is waiting, just before it commits: for races where
     * the first one's change must come after the second one has started waiting.
     */
    static <A, B> Outcomes<A, B> run(
            UnitOfWork unitOfWork,
            DSLContext dsl,
            Supplier<A> firstWork,
            Supplier<B> secondWork,
            Runnable firstLastWork)
            throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch firstWorkDone = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        try {
            AtomicBoolean firstWorkFailed = new AtomicBoolean();
            Future<A> first = threads.submit(() -> unitOfWork.inTransaction(() -> {
                A value;
                try {
                    value = firstWork.get();
                } catch (RuntimeException | Error failure) {
                    firstWorkFailed.set(true);
                    firstWorkDone.countDown();
                    throw failure;
                }
                firstWorkDone.countDown();
                awaitUninterruptibly(firstMayCommit);
                firstLastWork.run();
                return value;
            }));
            await(firstWorkDone, "the first unit of work to do its work");
            if (firstWorkFailed.get()) {
                throw new AssertionError(
                        "The first unit of work failed", outcomeOf(first).failure());
            }
            Future<B> second = threads.submit(() -> unitOfWork.inTransaction(secondWork));
            boolean secondWaited = awaitASessionWaitingOnALock(dsl);
            firstMayCommit.countDown();
            Outcomes<A, B> outcomes = new Outcomes<>(outcomeOf(first), outcomeOf(second));
            if (!secondWaited) {
                throw new AssertionError("The second unit of work never waited for the first one's locks, so the "
                        + "race was not exercised. Outcomes: " + outcomes);
            }
            return outcomes;
        } finally {
            firstMayCommit.countDown();
            threads.shutdownNow();
        }
    }

    /** Polls from this thread, outside any transaction: pg_stat_activity is a per-transaction snapshot. */
    private static boolean awaitASessionWaitingOnALock(DSLContext dsl) {
        try {
            Awaitility.await()
                    .atMost(PATIENCE)
                    .pollInterval(POLL_INTERVAL)
                    .pollInSameThread()
                    .until(() -> sessionsWaitingOnALock(dsl), waiting -> waiting != null && waiting > 0);
            return true;
        } catch (ConditionTimeoutException neverWaited) {
            return false;
        }
    }

    private static <T> Outcome<T> outcomeOf(Future<T> work) throws InterruptedException {
        try {
            return new Outcome<>(work.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS), null);
        } catch (ExecutionException failed) {
            return new Outcome<>(null, failed.getCause());
        } catch (TimeoutException stuck) {
            throw new AssertionError("A unit of work did not finish within " + PATIENCE, stuck);
        }
    }

    private static void await(CountDownLatch latch, String what) throws InterruptedException {
        if (!latch.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("Timed out waiting for " + what);
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
