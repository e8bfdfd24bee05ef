package dev.gatehouse.bootstrap.e2e;

import dev.gatehouse.domain.port.out.UnitOfWork;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A race that does not depend on timing luck, over the real service: a change (a use case run
 * in a unit of work of its own) does its work and keeps its transaction open; a racing request
 * starts; only once PostgreSQL shows a session of this test's database waiting on a lock does the
 * change commit. A racer that never waits fails the test, because then the race was not
 * exercised. (The HTTP counterpart of the persistence tests' {@code OverlappingTransactions}.)
 */
final class HeldChange {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final UnitOfWork unitOfWork;
    private final LockWaiters lockWaiters;

    HeldChange(UnitOfWork unitOfWork, JdbcTemplate jdbc) {
        this.unitOfWork = unitOfWork;
        this.lockWaiters = new LockWaiters(jdbc);
    }

    /** Runs {@code change}, holds its transaction until {@code racer} waits for it, commits; returns the racer's result. */
    <T> T racing(Runnable change, Supplier<T> racer) throws Exception {
        return racing(change, racer, () -> {});
    }

    /** As {@link #racing(Runnable, Supplier)}, running {@code meanwhile} once the racer waits, before the commit. */
    <T> T racing(Runnable change, Supplier<T> racer, Runnable meanwhile) throws Exception {
        CountDownLatch changed = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            try {
                Future<?> holder = threads.submit(() -> unitOfWork.run(() -> {
                    change.run();
                    changed.countDown();
                    await(mayCommit);
                }));
                if (!changed.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                    holder.get(1, TimeUnit.SECONDS);
                    throw new AssertionError("The held change did not finish its work");
                }
                Future<T> racing = threads.submit(racer::get);
                boolean waited = lockWaiters.awaitAtLeast(1, PATIENCE);
                if (waited) {
                    meanwhile.run();
                }
                mayCommit.countDown();
                holder.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
                T result = racing.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
                if (!waited) {
                    throw new AssertionError("The racing request never waited for the held change's locks, so the "
                            + "race was not exercised; it ended with " + result);
                }
                return result;
            } catch (ExecutionException failed) {
                throw new AssertionError("A side of the race failed", failed.getCause());
            } catch (TimeoutException stuck) {
                throw new AssertionError("A side of the race did not finish within " + PATIENCE, stuck);
            } finally {
                mayCommit.countDown();
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("The held change was never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
