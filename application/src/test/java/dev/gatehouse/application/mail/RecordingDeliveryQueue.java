package dev.gatehouse.application.mail;

import dev.gatehouse.domain.common.StoreUnavailableException;
import dev.gatehouse.domain.mail.ClaimedMail;
import dev.gatehouse.domain.port.out.MailDeliveryQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The in-memory outbox's sender side, keeping every claim the service made (to look the mail up
 * afterwards), and able to become unreachable the way the database does in an outage.
 */
final class RecordingDeliveryQueue implements MailDeliveryQueue {
    private final MailDeliveryQueue queue;
    private final List<ClaimedMail> claims = new ArrayList<>();
    private boolean downAtMarkSent;
    private boolean down;

    RecordingDeliveryQueue(MailDeliveryQueue queue) {
        this.queue = queue;
    }

    @Override
    public List<ClaimedMail> claimDue(int max, Instant now, Duration lease) {
        failWhileDown();
        List<ClaimedMail> claimed = queue.claimDue(max, now, lease);
        claims.addAll(claimed);
        return claimed;
    }

    @Override
    public boolean markSent(ClaimedMail mail, Instant now) {
        down |= downAtMarkSent;
        failWhileDown();
        return queue.markSent(mail, now);
    }

    @Override
    public void retryAt(ClaimedMail mail, Instant nextAttemptAt, String error) {
        failWhileDown();
        queue.retryAt(mail, nextAttemptAt, error);
    }

    @Override
    public void abandon(ClaimedMail mail, Instant now, String error) {
        failWhileDown();
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

    /** From the next mail marked sent on, every call fails as in an outage, until {@link #comesBack()}. */
    void goesDownAtNextMarkSent() {
        downAtMarkSent = true;
    }

    /** Every call fails as in an outage, until {@link #comesBack()}. */
    void goesDown() {
        down = true;
    }

    void comesBack() {
        down = false;
        downAtMarkSent = false;
    }

    private void failWhileDown() {
        if (down) {
            throw new StoreUnavailableException(new IllegalStateException("connection refused"));
        }
    }

    List<ClaimedMail> claims() {
        return List.copyOf(claims);
    }
}
