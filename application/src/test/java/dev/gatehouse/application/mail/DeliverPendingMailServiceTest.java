package dev.gatehouse.application.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.common.StoreUnavailableException;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.mail.ClaimedMail;
import dev.gatehouse.domain.mail.Mail;
import dev.gatehouse.domain.mail.MailDeliveryException;
import dev.gatehouse.domain.mail.MailDeliveryPass;
import dev.gatehouse.domain.mail.MailTopic;
import dev.gatehouse.domain.testing.FixedClock;
import dev.gatehouse.domain.testing.InMemoryMailOutbox;
import dev.gatehouse.domain.testing.InMemorySecurityEventLog;
import dev.gatehouse.domain.testing.PassThroughUnitOfWork;
import dev.gatehouse.domain.user.Email;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The outbox sender's pass over the in-memory outbox, with a mail server that fails on demand. */
class DeliverPendingMailServiceTest {
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Duration INITIAL_BACKOFF = Duration.ofSeconds(10);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(40);
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(5);
    private static final String TOKEN_LINK = "https://app.test/reset#token=live-token";

    private final FixedClock clock = new FixedClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final RecordingDeliveryQueue queue = new RecordingDeliveryQueue(outbox);
    private final TestMailSender server = new TestMailSender();
    private final InMemorySecurityEventLog securityEvents = new InMemorySecurityEventLog();
    private final PassThroughUnitOfWork unitOfWork = new PassThroughUnitOfWork();
    private final DeliverPendingMailService service = service(20);

    private DeliverPendingMailService service(int batchSize) {
        return new DeliverPendingMailService(
                queue,
                server,
                securityEvents,
                unitOfWork,
                new MailDeliveryPolicy(batchSize, LEASE, INITIAL_BACKOFF, MAX_BACKOFF, GIVE_UP_AFTER),
                clock);
    }

    private Mail queue(String to) {
        Mail mail = new Mail(new Email(to), MailTopic.PASSWORD_RESET, "Reset your password", "Open " + TOKEN_LINK);
        outbox.enqueue(mail, clock.instant());
        return mail;
    }

    @Test
    void deliversDueMailOldestFirstAndErasesTheBodies() {
        Mail first = queue("ada@example.com");
        clock.advance(Duration.ofSeconds(1));
        Mail second = queue("bob@example.com");

        assertThat(service.deliverPendingMail().delivered()).isEqualTo(2);

        assertThat(server.delivered()).containsExactly(first, second);
        assertThat(outbox.countSent()).isEqualTo(2);
        assertThat(outbox.countPending()).isZero();
        assertThat(queue.claims()).noneMatch(outbox::holdsBodyOf);
        assertThat(service.deliverPendingMail().delivered())
                .as("nothing left to deliver")
                .isZero();
        assertThat(server.attempts()).isEqualTo(2);
    }

    @Test
    void takesAtMostABatchPerPass() {
        queue("ada@example.com");
        queue("bob@example.com");
        queue("cy@example.com");
        DeliverPendingMailService twoAtATime = service(2);

        assertThat(twoAtATime.deliverPendingMail().delivered()).isEqualTo(2);
        assertThat(twoAtATime.deliverPendingMail().delivered()).isEqualTo(1);
        assertThat(outbox.countSent()).isEqualTo(3);
    }

    @Test
    void retriesAfterABackoffThatDoublesAndStopsAtTheMaximum() {
        queue("ada@example.com");
        server.down(true);

        MailDeliveryPass pass = service.deliverPendingMail();
        assertThat(pass.delivered()).isZero();
        assertThat(pass.failures())
                .containsExactly(new MailDeliveryPass.Failure(
                        MailTopic.PASSWORD_RESET,
                        1,
                        clock.instant(),
                        "SMTP delivery of a PASSWORD_RESET mail failed: connection refused",
                        false));
        assertThat(pass.givenUp()).isEmpty();
        assertThat(server.attempts()).isEqualTo(1);
        assertThat(outbox.holdsBodyOf(queue.claims().getFirst()))
                .as("kept for the retry")
                .isTrue();

        int attempts = 1;
        for (Duration backoff : new Duration[] {
            Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40), Duration.ofSeconds(40)
        }) {
            clock.advance(backoff.minusSeconds(1));
            service.deliverPendingMail();
            assertThat(server.attempts()).as("not due before %s", backoff).isEqualTo(attempts);
            clock.advance(Duration.ofSeconds(1));
            service.deliverPendingMail();
            assertThat(server.attempts()).as("due after %s", backoff).isEqualTo(++attempts);
        }

        server.down(false);
        clock.advance(MAX_BACKOFF);
        assertThat(service.deliverPendingMail().delivered()).isEqualTo(1);
        assertThat(outbox.countSent()).isEqualTo(1);
        assertThat(securityEvents.events()).isEmpty();
    }

    @Test
    void givesUpOnceTheMailHasFailedForTheGiveUpTimeAndRecordsWhy() {
        queue("ada@example.com");
        server.down(true);

        Instant queuedAt = clock.instant();
        Instant giveUpAt = queuedAt.plus(GIVE_UP_AFTER);
        service.deliverPendingMail();
        while (clock.instant().plus(MAX_BACKOFF).isBefore(giveUpAt)) {
            clock.advance(MAX_BACKOFF);
            assertThat(service.deliverPendingMail().givenUp()).isEmpty();
            assertThat(outbox.countAbandoned()).isZero();
            assertThat(securityEvents.events()).isEmpty();
        }
        clock.advance(MAX_BACKOFF); // due again, and at or past the give-up time
        MailDeliveryPass last = service.deliverPendingMail();

        assertThat(outbox.countAbandoned()).isEqualTo(1);
        assertThat(outbox.countPending()).isZero();
        assertThat(queue.claims()).noneMatch(outbox::holdsBodyOf);
        int attempts = queue.claims().getLast().attempts();
        assertThat(attempts).isEqualTo(server.attempts());
        assertThat(last.givenUp())
                .as("reported for the log")
                .containsExactly(new MailDeliveryPass.Failure(
                        MailTopic.PASSWORD_RESET,
                        attempts,
                        queuedAt,
                        "SMTP delivery of a PASSWORD_RESET mail failed: connection refused",
                        true));
        SecurityEvent event =
                securityEvents.ofType(SecurityEventType.MAIL_UNDELIVERABLE).getFirst();
        assertThat(securityEvents.events()).containsExactly(event);
        assertThat(event.occurredAt()).isEqualTo(clock.instant());
        assertThat(event.userId()).isNull();
        assertThat(event.actorId()).isNull();
        assertThat(event.details())
                .isEqualTo(Map.of("topic", "PASSWORD_RESET", "attempts", Integer.toString(attempts)));

        clock.advance(Duration.ofHours(1));
        server.down(false);
        assertThat(service.deliverPendingMail().delivered())
                .as("given up for good")
                .isZero();
        assertThat(server.delivered()).isEmpty();
    }

    @Test
    void aFailingMailDoesNotHoldUpTheOthers() {
        queue("refused@example.com");
        queue("broken@example.com");
        Mail deliverable = queue("ada@example.com");
        server.refuse("refused@example.com");
        server.breakOn("broken@example.com");

        MailDeliveryPass pass = service.deliverPendingMail();

        assertThat(pass.claimed()).isEqualTo(3);
        assertThat(pass.delivered()).isEqualTo(1);
        assertThat(pass.failures())
                .extracting(MailDeliveryPass.Failure::error)
                .containsExactly(
                        "SMTP delivery of a PASSWORD_RESET mail failed: connection refused",
                        "unexpected java.lang.IllegalStateException from the mail sender")
                .as("nothing of the mail, whose text holds a live link")
                .noneMatch(error -> error.contains("live-token"));
        assertThat(server.delivered()).containsExactly(deliverable);
        assertThat(outbox.countPending()).as("both failures kept for a retry").isEqualTo(2);
        assertThat(service.deliverPendingMail().delivered())
                .as("released with a backoff, not left claimed")
                .isZero();
        clock.advance(INITIAL_BACKOFF);
        assertThat(service.deliverPendingMail().delivered()).isZero();
        assertThat(server.attempts()).isEqualTo(5);
    }

    @Test
    void aMailDeliveredAfterItsLeaseRanOutIsLeftToTheSenderThatHoldsItNow() {
        queue("ada@example.com");
        // The mail server takes longer than the lease, and another sender claims the mail meanwhile.
        server.duringSend(() -> {
            clock.advance(LEASE.plusSeconds(1));
            assertThat(outbox.claimDue(10, clock.instant(), LEASE)).hasSize(1);
        });

        MailDeliveryPass pass = service.deliverPendingMail();
        assertThat(pass.delivered()).as("handed to the server all the same").isEqualTo(1);
        assertThat(pass.deliveredAfterLease())
                .as("reported: it may arrive twice")
                .containsExactly(MailTopic.PASSWORD_RESET);

        assertThat(server.delivered()).hasSize(1);
        ClaimedMail staleClaim = queue.claims().getFirst();
        assertThat(outbox.countSent()).as("the other sender's claim decides").isZero();
        assertThat(outbox.holdsBodyOf(staleClaim)).isTrue();
        assertThat(outbox.countPending()).isEqualTo(1);
    }

    @Test
    void aRefusalWithoutAReasonIsStillAFailure() {
        queue("ada@example.com");
        MailDeliveryPass pass = new DeliverPendingMailService(
                        queue,
                        mail -> {
                            throw new MailDeliveryException(null, null);
                        },
                        securityEvents,
                        unitOfWork,
                        new MailDeliveryPolicy(20, LEASE, INITIAL_BACKOFF, MAX_BACKOFF, GIVE_UP_AFTER),
                        clock)
                .deliverPendingMail();

        assertThat(pass.delivered()).isZero();
        assertThat(pass.failures())
                .extracting(MailDeliveryPass.Failure::error)
                .containsExactly("the mail sender gave no reason");
        assertThat(outbox.countSent()).isZero();
        assertThat(outbox.countPending()).as("kept for a retry").isEqualTo(1);
    }

    @Test
    void aMailWhoseDeliveryCouldNotBeRecordedIsRecordedByTheNextPassNotSentAgain() {
        Mail first = queue("ada@example.com");
        Mail second = queue("bob@example.com");
        Mail third = queue("cy@example.com");
        queue.goesDownAtNextMarkSent();

        assertThatThrownBy(service::deliverPendingMail).isInstanceOf(StoreUnavailableException.class);
        assertThat(server.delivered())
                .as("the pass stops where it cannot record")
                .containsExactly(first);

        queue.goesDown();
        assertThatThrownBy(service::deliverPendingMail).isInstanceOf(StoreUnavailableException.class);
        assertThat(server.delivered()).containsExactly(first);

        queue.comesBack();
        clock.advance(Duration.ofSeconds(5));
        MailDeliveryPass pass = service.deliverPendingMail();

        assertThat(server.delivered())
                .as("the first once, the rest of the batch at once, not after the lease")
                .containsExactly(first, second, third);
        assertThat(pass.delivered()).isEqualTo(2);
        assertThat(pass.deliveredAfterLease()).isEmpty();
        assertThat(outbox.countSent()).isEqualTo(3);
        assertThat(outbox.countPending()).isZero();
        clock.advance(LEASE.multipliedBy(2));
        assertThat(service.deliverPendingMail().delivered()).isZero();
        assertThat(server.delivered()).hasSize(3);
    }

    @Test
    void aFailureThatCouldNotBeRecordedIsRecordedByTheNextPass() {
        queue("ada@example.com");
        Mail second = queue("bob@example.com");
        server.refuse("ada@example.com");
        // The database goes away while the mail server refuses the first mail.
        server.duringSend(queue::goesDown);

        assertThatThrownBy(service::deliverPendingMail).isInstanceOf(StoreUnavailableException.class);
        assertThat(server.delivered()).isEmpty();

        server.duringSend(() -> {});
        queue.comesBack();
        service.deliverPendingMail();

        assertThat(server.delivered()).containsExactly(second);
        assertThat(server.attempts())
                .as("the refused one is not tried again before its backoff")
                .isEqualTo(2);
        assertThat(outbox.countPending()).isEqualTo(1);
        clock.advance(INITIAL_BACKOFF);
        service.deliverPendingMail();
        assertThat(server.attempts()).isEqualTo(3);
    }

    @Test
    void heldMailPastHalfItsLeaseIsLeftForTheLeaseToFree() {
        Mail first = queue("ada@example.com");
        Mail second = queue("bob@example.com");
        queue.goesDownAtNextMarkSent();
        assertThatThrownBy(service::deliverPendingMail).isInstanceOf(StoreUnavailableException.class);

        queue.comesBack();
        clock.advance(LEASE.dividedBy(2));
        service.deliverPendingMail();
        assertThat(server.delivered())
                .as("too near the lease's end to hand over")
                .containsExactly(first);

        clock.advance(LEASE);
        service.deliverPendingMail();
        assertThat(server.delivered()).containsExactly(first, second);
        assertThat(outbox.countSent()).isEqualTo(2);
    }
}
