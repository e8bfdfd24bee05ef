package dev.gatehouse.application.mail;

import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.mail.ClaimedMail;
import dev.gatehouse.domain.mail.MailDeliveryException;
import dev.gatehouse.domain.port.in.mail.DeliverPendingMailUseCase;
import dev.gatehouse.domain.port.out.MailDeliveryQueue;
import dev.gatehouse.domain.port.out.MailSender;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.UnitOfWork;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One pass of an outbox sender. The mails are claimed in one statement and handed to the mail
 * server outside any transaction: no database connection or lock is held while SMTP takes its
 * time, and the lease keeps other senders off them meanwhile. Each mail's outcome is recorded on
 * its own, so a mail that fails (or a sender that throws) never holds up the rest of the batch.
 *
 * <p>The application core has no logging framework; its few lines go through the JDK's
 * {@link System.Logger}, which the running service routes to its own log.
 */
public final class DeliverPendingMailService implements DeliverPendingMailUseCase {
    private static final System.Logger log = System.getLogger(DeliverPendingMailService.class.getName());

    private final MailDeliveryQueue queue;
    private final MailSender sender;
    private final SecurityEventLog securityEvents;
    private final UnitOfWork unitOfWork;
    private final MailDeliveryPolicy policy;
    private final Clock clock;

    public DeliverPendingMailService(
            MailDeliveryQueue queue,
            MailSender sender,
            SecurityEventLog securityEvents,
            UnitOfWork unitOfWork,
            MailDeliveryPolicy policy,
            Clock clock) {
        this.queue = queue;
        this.sender = sender;
        this.securityEvents = securityEvents;
        this.unitOfWork = unitOfWork;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public int deliverPendingMail() {
        List<ClaimedMail> claimed = queue.claimDue(policy.batchSize(), clock.instant(), policy.lease());
        int delivered = 0;
        int failed = 0;
        String firstError = null;
        for (ClaimedMail mail : claimed) {
            String error = deliver(mail);
            if (error == null) {
                delivered++;
            } else {
                failed++;
                firstError = firstError == null ? error : firstError;
            }
        }
        if (failed > 0) {
            // One line per pass, not per mail: while the mail server is down every pass fails alike.
            log.log(
                    Level.WARNING,
                    "Could not deliver {0} of {1} mails (they are tried again later): {2}",
                    failed,
                    claimed.size(),
                    firstError);
        }
        return delivered;
    }

    /** @return null once the mail is handed over, else why it was not */
    private String deliver(ClaimedMail mail) {
        try {
            sender.send(mail.mail());
        } catch (MailDeliveryException e) {
            return failed(mail, e.getMessage());
        } catch (RuntimeException e) {
            // A sender that breaks its contract still must not stall the batch or the mail: it is
            // retried and in the end given up like any other. Only the type is kept, since an
            // unexpected message might quote anything.
            return failed(mail, "unexpected " + e.getClass().getName() + " from the mail sender");
        }
        if (!queue.markSent(mail, clock.instant())) {
            log.log(
                    Level.WARNING,
                    "A {0} mail was delivered after its lease ran out and another sender had claimed it:"
                            + " it may arrive twice (raise app.mail.delivery.lease above the SMTP timeouts)",
                    mail.mail().topic());
        }
        return null;
    }

    private String failed(ClaimedMail mail, String error) {
        Instant now = clock.instant();
        if (policy.givesUp(mail.queuedAt(), now)) {
            unitOfWork.run(() -> {
                queue.abandon(mail, now, error);
                securityEvents.record(SecurityEvent.unattributed(
                        SecurityEventType.MAIL_UNDELIVERABLE,
                        now,
                        null,
                        null,
                        Map.of(
                                "topic", mail.mail().topic().name(),
                                "attempts", Integer.toString(mail.attempts()))));
            });
            log.log(
                    Level.WARNING,
                    "Gave up on a {0} mail after {1} attempts since {2}: {3}",
                    mail.mail().topic(),
                    mail.attempts(),
                    mail.queuedAt(),
                    error);
        } else {
            queue.retryAt(mail, now.plus(policy.backoffAfter(mail.attempts())), error);
        }
        return error;
    }
}
