package dev.gatehouse.application.mail;

import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.mail.ClaimedMail;
import dev.gatehouse.domain.mail.MailDeliveryException;
import dev.gatehouse.domain.mail.MailDeliveryPass;
import dev.gatehouse.domain.mail.MailTopic;
import dev.gatehouse.domain.port.in.mail.DeliverPendingMailUseCase;
import dev.gatehouse.domain.port.out.MailDeliveryQueue;
import dev.gatehouse.domain.port.out.MailSender;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One pass of an outbox sender. The mails are claimed in one statement and handed to the mail
 * server outside any transaction: no database connection or lock is held while SMTP takes its
 * time, and the lease keeps other senders off them meanwhile. Each mail's outcome is recorded on
 * its own, so a mail that fails (or a sender that throws) never holds up the rest of the batch.
 * What operators should hear about comes back in the {@link MailDeliveryPass}, for the caller to log.
 */
public final class DeliverPendingMailService implements DeliverPendingMailUseCase {
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
    public MailDeliveryPass deliverPendingMail() {
        List<ClaimedMail> claimed = queue.claimDue(policy.batchSize(), clock.instant(), policy.lease());
        List<MailDeliveryPass.Failure> failures = new ArrayList<>();
        List<MailTopic> deliveredAfterLease = new ArrayList<>();
        for (ClaimedMail mail : claimed) {
            String error = handOver(mail);
            if (error != null) {
                failures.add(failed(mail, error));
                continue;
            }
            if (!queue.markSent(mail, clock.instant())) {
                deliveredAfterLease.add(mail.mail().topic());
            }
        }
        return new MailDeliveryPass(claimed.size(), failures, deliveredAfterLease);
    }

    /** @return null once the mail is handed over, else why it was not */
    private String handOver(ClaimedMail mail) {
        try {
            sender.send(mail.mail());
            return null;
        } catch (MailDeliveryException e) {
            // Never null: null means handed over.
            return e.getMessage() != null ? e.getMessage() : "the mail sender gave no reason";
        } catch (RuntimeException e) {
            // A sender that breaks its contract still must not stall the batch or the mail: it is
            // retried and in the end given up like any other. Only the type is kept, since an
            // unexpected message might quote anything.
            return "unexpected " + e.getClass().getName() + " from the mail sender";
        }
    }

    private MailDeliveryPass.Failure failed(ClaimedMail mail, String error) {
        Instant now = clock.instant();
        boolean givesUp = policy.givesUp(mail.queuedAt(), now);
        if (givesUp) {
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
        } else {
            queue.retryAt(mail, now.plus(policy.backoffAfter(mail.attempts())), error);
        }
        return new MailDeliveryPass.Failure(mail.mail().topic(), mail.attempts(), mail.queuedAt(), error, givesUp);
    }
}
