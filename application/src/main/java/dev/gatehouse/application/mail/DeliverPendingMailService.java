package dev.gatehouse.application.mail;

import dev.gatehouse.domain.common.StoreUnavailableException;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * One pass of an outbox sender. The mails are claimed in one statement and handed to the mail
 * server outside any transaction: no database connection or lock is held while SMTP takes its
 * time, and the lease keeps other senders off them meanwhile. Each mail's outcome is recorded on
 * its own, so a mail that fails (or a sender that throws) never holds up the rest of the batch.
 * What operators should hear about comes back in the {@link MailDeliveryPass}, for the caller to log.
 *
 * <p>When the outbox cannot be reached to record an outcome, the pass stops there and throws, and
 * the next pass (the caller tries again) first records what this one could not: a mail the server
 * took is marked sent, not sent again when its lease ends. The rest of the batch is still this
 * sender's under its lease, so the next pass delivers it instead of leaving it to wait for the lease
 * to run out; only while the first half of the lease lasts, so that a mail is never handed over
 * near the moment another sender may claim it.
 */
public final class DeliverPendingMailService implements DeliverPendingMailUseCase {
    private final MailDeliveryQueue queue;
    private final MailSender sender;
    private final SecurityEventLog securityEvents;
    private final UnitOfWork unitOfWork;
    private final MailDeliveryPolicy policy;
    private final Clock clock;
    /** Outcomes a pass could not record, oldest first: recorded before anything else. */
    private final Deque<Outcome> unrecorded = new ArrayDeque<>();
    /** Claimed mails a pass stopped before handing over, with the time their lease stops being safe to use. */
    private final List<HeldMail> heldOver = new ArrayList<>();

    /** What became of a mail, to be written to the outbox. */
    private interface Outcome {
        void record(List<MailTopic> deliveredAfterLease);
    }

    private record HeldMail(ClaimedMail mail, Instant usableUntil) {}

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

    /** @throws StoreUnavailableException when the outbox cannot be reached; the next pass goes on from there */
    @Override
    public synchronized MailDeliveryPass deliverPendingMail() {
        List<MailTopic> deliveredAfterLease = new ArrayList<>();
        recordLeftOverOutcomes(deliveredAfterLease);
        List<HeldMail> batch = takeHeldOver();
        int room = policy.batchSize() - batch.size();
        if (room > 0) {
            Instant now = clock.instant();
            Instant usableUntil = now.plus(policy.lease().dividedBy(2));
            queue.claimDue(room, now, policy.lease()).forEach(mail -> batch.add(new HeldMail(mail, usableUntil)));
        }
        List<MailDeliveryPass.Failure> failures = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            try {
                deliver(batch.get(i).mail(), failures, deliveredAfterLease);
            } catch (StoreUnavailableException outage) {
                heldOver.addAll(batch.subList(i + 1, batch.size()));
                throw outage;
            }
        }
        return new MailDeliveryPass(batch.size(), failures, deliveredAfterLease);
    }

    private void recordLeftOverOutcomes(List<MailTopic> deliveredAfterLease) {
        while (!unrecorded.isEmpty()) {
            unrecorded.peekFirst().record(deliveredAfterLease);
            unrecorded.removeFirst();
        }
    }

    /** The held-over mails still safely within their lease; the others are left for the lease to free. */
    private List<HeldMail> takeHeldOver() {
        Instant now = clock.instant();
        List<HeldMail> usable = new ArrayList<>(heldOver.stream()
                .filter(held -> now.isBefore(held.usableUntil()))
                .toList());
        heldOver.clear();
        return usable;
    }

    private void deliver(
            ClaimedMail mail, List<MailDeliveryPass.Failure> failures, List<MailTopic> deliveredAfterLease) {
        String error = handOver(mail);
        Outcome outcome;
        if (error == null) {
            Instant sentAt = clock.instant();
            outcome = afterLease -> {
                if (!queue.markSent(mail, sentAt)) {
                    afterLease.add(mail.mail().topic());
                }
            };
        } else {
            MailDeliveryPass.Failure failure = failed(mail, error);
            failures.add(failure);
            outcome = afterLease -> recordFailure(mail, failure, error);
        }
        try {
            outcome.record(deliveredAfterLease);
        } catch (StoreUnavailableException outage) {
            unrecorded.addLast(outcome);
            throw outage;
        }
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
        boolean givesUp = policy.givesUp(mail.queuedAt(), clock.instant());
        return new MailDeliveryPass.Failure(mail.mail().topic(), mail.attempts(), mail.queuedAt(), error, givesUp);
    }

    private void recordFailure(ClaimedMail mail, MailDeliveryPass.Failure failure, String error) {
        Instant now = clock.instant();
        if (failure.givenUp()) {
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
    }
}
