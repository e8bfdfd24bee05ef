package dev.gatehouse.adapter.out.persistence;

import dev.gatehouse.domain.common.StoreUnavailableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The number of transactions that may hold a pool connection at once, so that the rest of the pool
 * stays free for reads outside any transaction.
 *
 * <p>Why: a transaction that waits in PostgreSQL for a row lock holds its connection while it
 * waits. A flood of logins on one account queues every one of them on that account's row; one
 * commit that stalls on a slow disk flush (seen: 180 ms on this project's test machine) then lines
 * up enough of them to take every connection, and token-authenticated reads, which need no lock,
 * wait for a connection behind them. With slots, a transaction over the limit waits here, holding
 * no connection, in arrival order.
 *
 * <p>A unit of work nested in another joins its transaction and takes no second slot. One that
 * gets no slot within the pool's own connection timeout is a store outage, as a connection that
 * does not come is. With PostgreSQL down, a unit of work so waits at most twice that timeout (a
 * slot, then a connection): 4 s by default, inside the contract's 5 s for a 503.
 *
 * <p>A bean of its own so that the metrics can show {@link #waiting()}.
 */
public final class TransactionSlots {
    private final Semaphore free;
    private final int slots;
    private final Duration maxWait;

    private TransactionSlots(int slots, Duration maxWait) {
        this.free = slots > 0 ? new Semaphore(slots, true) : null;
        this.slots = slots;
        this.maxWait = maxWait;
    }

    /** As many transactions at once as the pool has connections: the pool alone decides. */
    static TransactionSlots unlimited() {
        return new TransactionSlots(0, Duration.ZERO);
    }

    /**
     * @param poolSize the pool's maximum number of connections
     * @param keptForReads connections transactions leave free; 0 for no limit
     * @param maxWait how long a transaction waits for a slot: the pool's connection timeout
     */
    static TransactionSlots forPool(int poolSize, int keptForReads, Duration maxWait) {
        if (keptForReads == 0) {
            return unlimited();
        }
        if (keptForReads >= poolSize) {
            throw new IllegalArgumentException("app.persistence.connections-kept-for-reads (" + keptForReads
                    + ") leaves transactions no connection of a pool of " + poolSize
                    + " (spring.datasource.hikari.maximum-pool-size): it must be smaller than the pool");
        }
        return new TransactionSlots(poolSize - keptForReads, maxWait);
    }

    /** Transactions that may hold a connection at once; 0 when only the pool limits them. */
    public int slots() {
        return slots;
    }

    /** Transactions waiting for a slot right now (approximate, as a queue length read in passing). */
    public int waiting() {
        return free == null ? 0 : free.getQueueLength();
    }

    /** Runs {@code transaction} once it has a slot, or joins the transaction this thread is in. */
    <T> T run(Supplier<T> transaction) {
        if (free == null || TransactionSynchronizationManager.isActualTransactionActive()) {
            return transaction.get();
        }
        acquire();
        try {
            return transaction.get();
        } finally {
            free.release();
        }
    }

    private void acquire() {
        boolean acquired;
        try {
            acquired = free.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new StoreUnavailableException(
                    new SQLTransientConnectionException("No transaction slot came free within " + maxWait.toMillis()
                            + " ms: " + slots + " transactions held their connections"));
        }
    }
}
