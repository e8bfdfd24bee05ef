package dev.gatehouse.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gatehouse.domain.common.StoreUnavailableException;
import dev.gatehouse.domain.port.in.mail.DeliverPendingMailUseCase;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The outbox sender's thread: its pace, its endurance through failures, its end. */
@ExtendWith(OutputCaptureExtension.class)
class MailOutboxSenderTest {
    private static final int BATCH = 5;

    /** Delivers what it is told per pass, then nothing; or fails while told to. */
    private static final class ScriptedPasses implements DeliverPendingMailUseCase {
        final AtomicInteger passes = new AtomicInteger();
        final AtomicInteger fullBatchesLeft = new AtomicInteger();
        final AtomicInteger failuresLeft = new AtomicInteger();

        @Override
        public int deliverPendingMail() {
            passes.incrementAndGet();
            if (failuresLeft.getAndDecrement() > 0) {
                throw new StoreUnavailableException(new SQLException("Connection to 127.0.0.1:5432 refused"));
            }
            return fullBatchesLeft.getAndDecrement() > 0 ? BATCH : 0;
        }
    }

    private final ScriptedPasses passes = new ScriptedPasses();

    @Test
    void runsAgainAtOnceAfterAFullBatchAndWaitsThePollIntervalOtherwise() {
        passes.fullBatchesLeft.set(3);
        MailOutboxSender sender = new MailOutboxSender(passes, Duration.ofHours(1), BATCH);

        sender.start();
        try {
            assertThat(sender.isRunning()).isTrue();
            // three full batches, then the pass that finds less: four passes without waiting
            await().atMost(Duration.ofSeconds(5)).until(() -> passes.passes.get() == 4);
            await().during(Duration.ofMillis(300)).until(() -> passes.passes.get() == 4);
        } finally {
            sender.stop();
        }
    }

    @Test
    void keepsGoingThroughFailuresAndSaysSoOnceWithoutAStackTrace(CapturedOutput output) {
        passes.failuresLeft.set(5);
        MailOutboxSender sender = new MailOutboxSender(passes, Duration.ofMillis(10), BATCH);

        sender.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> passes.passes.get() > 6);
        } finally {
            sender.stop();
        }

        assertThat(output.getOut().split("Mail outbox delivery failed", -1))
                .as("one warning for the whole run of failures")
                .hasSize(2);
        assertThat(output.getOut())
                .contains("StoreUnavailableException: The database cannot be reached right now")
                .contains("caused by SQLException: Connection to 127.0.0.1:5432 refused")
                .contains("Mail outbox delivery works again")
                .doesNotContain("\tat dev.gatehouse");
    }

    @Test
    void stopsItsThreadOnShutdown() {
        MailOutboxSender sender = new MailOutboxSender(passes, Duration.ofHours(1), BATCH);
        sender.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> passes.passes.get() == 1);
        assertThat(senderThreadAlive()).isTrue();

        sender.stop();

        assertThat(sender.isRunning()).isFalse();
        assertThat(senderThreadAlive())
                .as("the sleeping thread woke up and ended")
                .isFalse();
    }

    @Test
    void withNowhereToDeliverNoThreadStarts() {
        MailOutboxSender none = MailOutboxSender.none();

        none.start();

        assertThat(none.isRunning()).isFalse();
        assertThat(senderThreadAlive()).isFalse();
        none.stop();
    }

    private static boolean senderThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals(MailOutboxSender.THREAD_NAME) && thread.isAlive());
    }
}
