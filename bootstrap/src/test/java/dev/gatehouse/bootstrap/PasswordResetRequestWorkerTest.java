package dev.gatehouse.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.gatehouse.domain.common.StoreUnavailableException;
import dev.gatehouse.domain.email.PasswordResetAnswerFailedException;
import dev.gatehouse.domain.port.in.email.AnswerPasswordResetRequestsUseCase;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The reset-request worker's thread: its pace, its endurance through failures, what it logs, its end. */
@ExtendWith(OutputCaptureExtension.class)
class PasswordResetRequestWorkerTest {

    /** Answers full batches while told to, then none; or fails while told to. */
    private static final class ScriptedPasses implements AnswerPasswordResetRequestsUseCase {
        final AtomicInteger passes = new AtomicInteger();
        final AtomicInteger fullBatchesLeft = new AtomicInteger();
        final AtomicInteger outagesLeft = new AtomicInteger();
        final AtomicInteger failedAnswersLeft = new AtomicInteger();

        @Override
        public int answerPending(int max) {
            passes.incrementAndGet();
            if (outagesLeft.getAndDecrement() > 0) {
                throw new StoreUnavailableException(new SQLException("Connection to 127.0.0.1:5432 refused"));
            }
            if (failedAnswersLeft.getAndDecrement() > 0) {
                throw new PasswordResetAnswerFailedException(
                        2, 5, new IllegalStateException("duplicate key (email)=(ada@example.com)"));
            }
            return fullBatchesLeft.getAndDecrement() > 0 ? max : 0;
        }
    }

    private final ScriptedPasses passes = new ScriptedPasses();

    @Test
    void answersAgainAtOnceAfterAFullBatchAndWaitsThePollOtherwise() {
        passes.fullBatchesLeft.set(3);
        PasswordResetRequestWorker worker = new PasswordResetRequestWorker(passes, Duration.ofHours(1));

        worker.start();
        try {
            assertThat(worker.isRunning()).isTrue();
            // three full batches, then the pass that finds fewer: four passes without waiting
            await().atMost(Duration.ofSeconds(5)).until(() -> passes.passes.get() == 4);
            await().during(Duration.ofMillis(300)).until(() -> passes.passes.get() == 4);
        } finally {
            worker.stop();
        }
        assertThat(worker.isRunning()).isFalse();
    }

    @Test
    void keepsGoingThroughAnOutageAndSaysSoOnceWithoutAStackTrace(CapturedOutput output) {
        passes.outagesLeft.set(5);
        PasswordResetRequestWorker worker = new PasswordResetRequestWorker(passes, Duration.ofMillis(10));

        worker.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> passes.passes.get() > 6);
        } finally {
            worker.stop();
        }

        assertThat(output.getOut().split("Password-reset requests cannot be answered", -1))
                .as("one warning for the whole outage")
                .hasSize(2);
        assertThat(output.getOut())
                .contains("caused by SQLException: Connection to 127.0.0.1:5432 refused")
                .contains("Password-reset requests are answered again")
                .doesNotContain("\tat dev.gatehouse");
    }

    @Test
    void aFailedAnswerIsOneLineWithoutTheAddressAndTheWorkerGoesOn(CapturedOutput output) {
        passes.failedAnswersLeft.set(1);
        PasswordResetRequestWorker worker = new PasswordResetRequestWorker(passes, Duration.ofMillis(10));

        worker.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> passes.passes.get() > 3);
        } finally {
            worker.stop();
        }

        assertThat(output.getOut())
                .contains("Answering a queued password-reset request failed (attempt 2 of 5; it will be tried again)")
                .contains("java.lang.IllegalStateException")
                .doesNotContain("ada@example.com")
                .doesNotContain("\tat dev.gatehouse");
    }

    @Test
    void refusesANonPositivePoll() {
        assertThatThrownBy(() -> new PasswordResetRequestWorker(passes, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
