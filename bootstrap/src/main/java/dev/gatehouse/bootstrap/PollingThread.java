package dev.gatehouse.bootstrap;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The thread each background worker runs on: one platform daemon thread that runs a pass, waits
 * {@code delay} after it (a fixed delay) unless the pass asks to go on at once, and ends once
 * stopped. Platform, not virtual: a pass holds a database connection and may wait on SMTP, and must
 * not pin one of the few carrier threads the requests share.
 */
final class PollingThread {
    private final String name;
    private final Duration delay;
    private final BooleanSupplier pass;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile Thread thread;

    /**
     * @param pass one pass; returns whether to run the next one at once (more work is likely waiting)
     * @param setting the setting {@code delay} comes from, named when it is not positive
     */
    PollingThread(String name, Duration delay, String setting, BooleanSupplier pass) {
        if (delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException(setting + " must be positive, is " + delay);
        }
        this.name = name;
        this.delay = delay;
        this.pass = pass;
    }

    synchronized void start() {
        if (thread == null && stopping.getCount() > 0) {
            thread = Thread.ofPlatform().name(name).daemon(true).start(this::run);
        }
    }

    /**
     * Ends the thread: a pass under way may finish within {@code wait}.
     *
     * @return false when the pass was still running after {@code wait}; the thread is then left to
     *     itself (a daemon thread cannot hold the JVM up)
     */
    boolean stop(Duration wait) {
        Thread running;
        synchronized (this) {
            running = thread;
            thread = null;
        }
        stopping.countDown();
        if (running == null) {
            return true;
        }
        try {
            return running.join(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    boolean isRunning() {
        return thread != null;
    }

    /** Whether stop was called: a pass failing now may be failing because the database is going away. */
    boolean stopping() {
        return stopping.getCount() == 0;
    }

    Duration delay() {
        return delay;
    }

    private void run() {
        try {
            while (!stopping()) {
                if (!pass.getAsBoolean()) {
                    stopping.await(delay.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
