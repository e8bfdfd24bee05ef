package dev.gatehouse.bootstrap;

import dev.gatehouse.domain.email.PasswordResetAnswerFailedException;
import dev.gatehouse.domain.port.in.email.AnswerPasswordResetRequestsUseCase;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * This instance's answerer of queued password-reset requests: one platform daemon thread,
 * {@value #THREAD_NAME}, that answers up to {@value #BATCH} due requests, waits {@link #POLL} when
 * there were fewer (a fixed delay), and goes on at once after a full batch. Every instance runs
 * one; each request is taken by one of them. It starts once the context is up and stops on
 * shutdown while the database is still there. It runs with or without an SMTP server: answering
 * only writes the mail to the outbox.
 *
 * <p>A request whose answer failed is logged in one line (its attempt, never the address) and set
 * aside by the use case. A failure to read the queue at all (the database is down, most likely) is
 * logged once, without a stack trace, the rest at debug level until it works again, which is logged
 * too.
 */
final class PasswordResetRequestWorker implements SmartLifecycle {
    static final String THREAD_NAME = "reset-requests";
    /** How long a request may wait before an instance looks: the reset mail is that much later at most. */
    static final Duration POLL = Duration.ofMillis(500);

    static final int BATCH = 20;
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(PasswordResetRequestWorker.class);

    private final AnswerPasswordResetRequestsUseCase answerRequests;
    private final PollingThread thread;
    private final FailureRun failures = new FailureRun(
            log, "Password-reset requests cannot be answered", "Password-reset requests are answered again");

    PasswordResetRequestWorker(AnswerPasswordResetRequestsUseCase answerRequests, Duration poll) {
        this.answerRequests = answerRequests;
        this.thread = new PollingThread(THREAD_NAME, poll, "poll", this::pass);
    }

    @Override
    public void start() {
        thread.start();
    }

    @Override
    public void stop() {
        if (!thread.stop(STOP_WAIT)) {
            // A daemon thread: it cannot hold the JVM up, and an unfinished answer rolls back.
            log.warn("The password-reset request worker was still answering after {}; leaving it", STOP_WAIT);
        }
    }

    @Override
    public boolean isRunning() {
        return thread.isRunning();
    }

    /** @return whether to run the next pass at once (a full batch was answered: more may be waiting) */
    boolean pass() {
        try {
            int answered = answerRequests.answerPending(BATCH);
            failures.succeeded();
            return answered >= BATCH;
        } catch (PasswordResetAnswerFailedException failure) {
            // The queue was read, so the database answers; this one request failed. Its message holds
            // no address, and the others go on at the next pass.
            failures.succeeded();
            log.warn(failure.getMessage());
            return false;
        } catch (RuntimeException failure) {
            if (!thread.stopping()) { // when shutting down, the database may already be going away
                failures.failed(failure, thread.delay());
            }
            return false;
        }
    }
}
