package dev.gatehouse.adapter.out.security;

import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.password.PasswordHashingBusyException;
import dev.gatehouse.domain.port.out.PasswordHasher;
import dev.gatehouse.domain.user.PasswordHash;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Runs another hasher's slow work on a fixed number of platform threads, off the request threads.
 *
 * <p>bcrypt is pure CPU. Run on the request threads, a burst of logins occupies every core (on
 * virtual threads, every carrier, which are never preempted) and every other request waits behind
 * it. Here at most {@code workers} hashes run at once; a caller waits for a free worker at most
 * {@code maxWait}, in arrival order, behind at most {@code maxWaiting} others, and is otherwise
 * refused with {@link PasswordHashingBusyException}, before anything was checked or changed. Token-authenticated reads, health checks and JWKS never
 * enter this pool. The workers run at the lowest thread priority, so where the JVM passes priorities
 * on to the operating system (Gatehouse's {@code jvm.options} does) those requests get the CPU first
 * and the workers take what is left; with nothing else to run, they still use every core.
 *
 * <p>Counts what operators need to see: how many callers are waiting, how many were refused, and
 * how many hashes and verifications ran and for how long.
 */
public final class BoundedPasswordHasher implements PasswordHasher, AutoCloseable {
    private final PasswordHasher hasher;
    private final Duration maxWait;
    private final int maxWaiting;
    private final Semaphore freeWorkers;
    private final ExecutorService workers;
    private final LongAdder refusals = new LongAdder();
    private final Timing hashing = new Timing();
    private final Timing verifying = new Timing();

    /** Count and total time of one kind of operation. */
    public static final class Timing {
        private final LongAdder count = new LongAdder();
        private final LongAdder nanos = new LongAdder();

        public long count() {
            return count.sum();
        }

        public double totalSeconds() {
            return nanos.sum() / 1e9;
        }

        void record(long elapsedNanos) {
            count.increment();
            nanos.add(elapsedNanos);
        }
    }

    /**
     * @param maxWaiting callers that may wait for a worker at once; one more is refused at once.
     *                   Each waiter holds a request thread, so this keeps a flood of logins from
     *                   taking every thread the server has and starving requests that need no hash.
     */
    public BoundedPasswordHasher(PasswordHasher hasher, int workers, int maxWaiting, Duration maxWait) {
        if (workers < 1) {
            throw new IllegalArgumentException("password hashing needs at least 1 worker, was " + workers);
        }
        if (maxWaiting < 0) {
            throw new IllegalArgumentException("the number of callers waiting for password hashing cannot be negative");
        }
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("the wait for a password-hashing worker cannot be negative");
        }
        this.hasher = hasher;
        this.maxWait = maxWait;
        this.maxWaiting = maxWaiting;
        // Fair: callers get a worker in the order they asked for one.
        this.freeWorkers = new Semaphore(workers, true);
        this.workers = Executors.newFixedThreadPool(workers, workerThreads());
    }

    @Override
    public PasswordHash hash(Password password) {
        return run(() -> hasher.hash(password), hashing);
    }

    @Override
    public boolean matches(Password password, PasswordHash hash) {
        return run(() -> hasher.matches(password, hash), verifying);
    }

    /** Reads the hash only: no bcrypt work, so it needs no worker. */
    @Override
    public boolean needsRehash(PasswordHash hash) {
        return hasher.needsRehash(hash);
    }

    /** Callers waiting for a worker right now. */
    public int waiting() {
        return freeWorkers.getQueueLength();
    }

    /** Callers refused because no worker came free within the wait, since start. */
    public long refusals() {
        return refusals.sum();
    }

    public Timing hashing() {
        return hashing;
    }

    public Timing verifying() {
        return verifying;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private <T> T run(Supplier<T> work, Timing timing) {
        acquireWorker();
        try {
            Future<T> result = workers.submit(() -> {
                long start = System.nanoTime();
                try {
                    return work.get();
                } finally {
                    timing.record(System.nanoTime() - start);
                }
            });
            return awaitUninterruptibly(result);
        } finally {
            freeWorkers.release();
        }
    }

    private void acquireWorker() {
        boolean acquired;
        try {
            // A full queue refuses at once (the count is approximate under races, which only
            // moves the bound by a caller or two).
            acquired = freeWorkers.tryAcquire()
                    || freeWorkers.getQueueLength() < maxWaiting
                            && freeWorkers.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            refusals.increment();
            throw new PasswordHashingBusyException(retryAfter());
        }
    }

    /**
     * The caller holds a worker, so its task starts at once and ends within one hash; waiting for
     * it uninterruptibly keeps a worker from being released while its work still runs.
     */
    private static <T> T awaitUninterruptibly(Future<T> result) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return result.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whole seconds, at least 1: by then the queue this caller gave up on has moved on. */
    private Duration retryAfter() {
        return Duration.ofSeconds(Math.max(1, (maxWait.toMillis() + 999) / 1000));
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "password-hashing-" + number.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        };
    }
}
