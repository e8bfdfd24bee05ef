package dev.gatehouse.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gatehouse.domain.common.StoreUnavailableException;
import dev.gatehouse.domain.mail.MailDeliveryPass;
import dev.gatehouse.domain.mail.MailTopic;
import dev.gatehouse.domain.port.in.mail.DeliverPendingMailUseCase;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
        public MailDeliveryPass deliverPendingMail() {
            passes.incrementAndGet();
            if (failuresLeft.getAndDecrement() > 0) {
                throw new StoreUnavailableException(new SQLException("Connection to 127.0.0.1:5432 refused"));
            }
            return fullBatchesLeft.getAndDecrement() > 0
                    ? new MailDeliveryPass(BATCH, List.of(), List.of())
                    : MailDeliveryPass.NOTHING_DUE;
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
    void logsWhatAPassReportsWithoutTheMailsAddressesOrLinks(CapturedOutput output) {
        Instant queuedAt = Instant.parse("2026-03-01T10:00:00Z");
        String refused = "SMTP delivery of a PASSWORD_RESET mail failed: connection refused";
        MailDeliveryPass reported = new MailDeliveryPass(
                BATCH,
                List.of(
                        new MailDeliveryPass.Failure(MailTopic.PASSWORD_RESET, 1, queuedAt, refused, false),
                        new MailDeliveryPass.Failure(MailTopic.VERIFY_EMAIL, 9, queuedAt, "timed out", true)),
                List.of(MailTopic.EMAIL_CHANGED_NOTICE));
        MailOutboxSender sender = new MailOutboxSender(() -> reported, Duration.ofHours(1), BATCH);

        assertThat(sender.pass())
                .as("a batch with failures in it is not run again at once")
                .isFalse();

        assertThat(output.getOut())
                .contains("Could not deliver 2 of 5 mails (1 to be tried again later): " + refused)
                .contains("Gave up on a VERIFY_EMAIL mail after 9 attempts since 2026-03-01T10:00:00Z: timed out")
                .contains("A EMAIL_CHANGED_NOTICE mail was delivered after its lease ran out")
                .doesNotContain("Gave up on a PASSWORD_RESET");
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
