package dev.gatehouse.application.mail;

import dev.gatehouse.domain.mail.ClaimedMail;
import dev.gatehouse.domain.port.out.MailDeliveryQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The in-memory outbox's sender side, keeping every claim the service made (to look the mail up afterwards). */
final class RecordingDeliveryQueue implements MailDeliveryQueue {
    private final MailDeliveryQueue queue;
    private final List<ClaimedMail> claims = new ArrayList<>();

    RecordingDeliveryQueue(MailDeliveryQueue queue) {
        this.queue = queue;
    }

    @Override
    public List<ClaimedMail> claimDue(int max, Instant now, Duration lease) {
        List<ClaimedMail> claimed = queue.claimDue(max, now, lease);
        claims.addAll(claimed);
        return claimed;
    }

    @Override
    public boolean markSent(ClaimedMail mail, Instant now) {
        return queue.markSent(mail, now);
    }

    @Override
    public void retryAt(ClaimedMail mail, Instant nextAttemptAt, String error) {
        queue.retryAt(mail, nextAttemptAt, error);
    }

    @Override
    public void abandon(ClaimedMail mail, Instant now, String error) {
        queue.abandon(mail, now, error);
    }

    @Override
    public long countPending() {
        return queue.countPending();
    }

    @Override
    public int purgeFinished(Instant before) {
        return queue.purgeFinished(before);
    }

    List<ClaimedMail> claims() {
        return List.copyOf(claims);
    }
}
