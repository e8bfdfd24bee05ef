package dev.gatehouse.bootstrap;

import dev.gatehouse.domain.mail.MailDeliveryPass;
import dev.gatehouse.domain.mail.MailTopic;
import dev.gatehouse.domain.port.in.mail.DeliverPendingMailUseCase;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * This instance's outbox sender: one platform daemon thread, {@value #THREAD_NAME}, that runs a
 * delivery pass, waits {@code pollInterval} after it (a fixed delay), and runs the next one at
 * once when a pass delivered a full batch (more is likely waiting). It starts once the context is
 * up and stops first on shutdown, while the database is still there.
 *
 * <p>A pass that fails (the database is down, most likely) does not end the thread: the first
 * failure of a run of them is logged in one line, without a stack trace, the rest only at debug
 * level until a pass succeeds again, which is logged too. What a pass reports is logged as warnings:
 * mails the server did not take (one line a pass, since while the server is down every pass fails
 * alike), each mail given up on, and each mail that may arrive twice.
 */
final class MailOutboxSender implements SmartLifecycle {
    static final String THREAD_NAME = "mail-outbox";
    /** How long shutdown waits for a pass under way (each SMTP step is bounded by the mail timeouts). */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(MailOutboxSender.class);

    private final DeliverPendingMailUseCase deliverPendingMail;
    private final int batchSize;
    private final boolean idle;
    private final PollingThread thread;
    private final FailureRun failures =
            new FailureRun(log, "Mail outbox delivery failed", "Mail outbox delivery works again");

    MailOutboxSender(DeliverPendingMailUseCase deliverPendingMail, Duration pollInterval, int batchSize) {
        this(deliverPendingMail, pollInterval, batchSize, false);
    }

    private MailOutboxSender(
            DeliverPendingMailUseCase deliverPendingMail, Duration pollInterval, int batchSize, boolean idle) {
        this.deliverPendingMail = deliverPendingMail;
        this.batchSize = batchSize;
        this.idle = idle;
        this.thread = new PollingThread(THREAD_NAME, pollInterval, "app.mail.delivery.poll-interval", this::pass);
    }

    /** No sender on this instance (nowhere to deliver to): no thread starts, mail waits in the outbox. */
    static MailOutboxSender none() {
        return new MailOutboxSender(() -> MailDeliveryPass.NOTHING_DUE, Duration.ofDays(1), 1, true);
    }

    @Override
    public void start() {
        if (!idle) {
            thread.start();
        }
    }

    @Override
    public void stop() {
        if (!thread.stop(STOP_WAIT)) {
            // A daemon thread: it cannot hold the JVM up. Its claimed mail is released when the lease ends.
            log.warn("The mail outbox sender was still in a delivery pass after {}; leaving it", STOP_WAIT);
        }
    }

    @Override
    public boolean isRunning() {
        return thread.isRunning();
    }

    /** @return whether to run the next pass at once (a full batch went out) */
    boolean pass() {
        try {
            MailDeliveryPass pass = deliverPendingMail.deliverPendingMail();
            failures.succeeded();
            report(pass);
            // Not the claimed count: with the mail server down every claim fails, and running
            // again at once would hammer it.
            return pass.delivered() >= batchSize;
        } catch (RuntimeException failure) {
            if (!thread.stopping()) { // when shutting down, the database may already be going away
                failures.failed(failure, thread.delay());
            }
            return false;
        }
    }

    private static void report(MailDeliveryPass pass) {
        List<MailDeliveryPass.Failure> failures = pass.failures();
        if (!failures.isEmpty()) {
            log.warn(
                    "Could not deliver {} of {} mails ({} to be tried again later): {}",
                    failures.size(),
                    pass.claimed(),
                    failures.size() - pass.givenUp().size(),
                    failures.getFirst().error());
        }
        for (MailDeliveryPass.Failure gaveUp : pass.givenUp()) {
            log.warn(
                    "Gave up on a {} mail after {} attempts since {}: {}",
                    gaveUp.topic(),
                    gaveUp.attempts(),
                    gaveUp.queuedAt(),
                    gaveUp.error());
        }
        for (MailTopic topic : pass.deliveredAfterLease()) {
            log.warn(
                    "A {} mail was delivered after its lease ran out and another sender had claimed it:"
                            + " it may arrive twice (raise app.mail.delivery.lease above the SMTP timeouts)",
                    topic);
        }
    }
}
