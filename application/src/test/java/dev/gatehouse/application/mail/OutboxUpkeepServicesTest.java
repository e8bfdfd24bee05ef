package dev.gatehouse.application.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.mail.Mail;
import dev.gatehouse.domain.mail.MailTopic;
import dev.gatehouse.domain.testing.FixedClock;
import dev.gatehouse.domain.testing.InMemoryMailOutbox;
import dev.gatehouse.domain.testing.InMemorySecurityEventLog;
import dev.gatehouse.domain.testing.PassThroughUnitOfWork;
import dev.gatehouse.domain.user.Email;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The pending count (for the gauge) and the purge of the outbox's record of finished mail. */
class OutboxUpkeepServicesTest {
    private static final Duration RETENTION = Duration.ofDays(7);

    private final FixedClock clock = new FixedClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final TestMailSender server = new TestMailSender();
    private final DeliverPendingMailService deliver = new DeliverPendingMailService(
            outbox,
            server,
            new InMemorySecurityEventLog(),
            new PassThroughUnitOfWork(),
            new MailDeliveryPolicy(
                    20, Duration.ofMinutes(1), Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofDays(30)),
            clock);
    private final CountPendingMailService countPending = new CountPendingMailService(outbox);
    private final PurgeFinishedMailService purgeFinished = new PurgeFinishedMailService(outbox, RETENTION, clock);

    private void queue(String to) {
        outbox.enqueue(new Mail(new Email(to), MailTopic.VERIFY_EMAIL, "Confirm", "Open the link"), clock.instant());
    }

    @Test
    void countsWhatIsStillToDeliver() {
        queue("ada@example.com");
        queue("bob@example.com");
        assertThat(countPending.countPendingMail()).isEqualTo(2);

        server.refuse("bob@example.com");
        deliver.deliverPendingMail();

        assertThat(countPending.countPendingMail())
                .as("the refused one waits for its retry")
                .isEqualTo(1);
    }

    @Test
    void purgesFinishedMailOnceItsRetentionHasPassedAndKeepsWhatIsPending() {
        queue("ada@example.com");
        queue("bob@example.com");
        server.refuse("bob@example.com");
        deliver.deliverPendingMail();

        clock.advance(RETENTION.minusSeconds(1));
        assertThat(purgeFinished.purgeFinishedMail()).isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(purgeFinished.purgeFinishedMail()).isEqualTo(1);

        assertThat(outbox.countSent()).isZero();
        assertThat(countPending.countPendingMail()).isEqualTo(1);
    }

    @Test
    void refusesANonPositiveRetention() {
        assertThatThrownBy(() -> new PurgeFinishedMailService(outbox, Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
