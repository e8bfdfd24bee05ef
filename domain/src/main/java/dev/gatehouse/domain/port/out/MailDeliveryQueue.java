package dev.gatehouse.domain.port.out;

import dev.gatehouse.domain.mail.ClaimedMail;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The senders' side of the {@link MailOutbox}, shared by every instance. Each method decides its
 * race in one statement; none needs a {@link UnitOfWork} around it.
 */
public interface MailDeliveryQueue {

    /**
     * Claims up to {@code max} mails that are due (not delivered, not given up, next attempt
     * reached, no live lease), oldest first, under a lease until {@code now + lease}, and counts
     * the attempt. Rows another sender is claiming at the same moment are skipped, not waited for:
     * two senders never claim the same mail while its lease lives.
     */
    List<ClaimedMail> claimDue(int max, Instant now, Duration lease);

    /**
     * Records the mail as delivered and erases its subject and body (they may hold a live token).
     *
     * @return false when the claim is no longer the mail's (its lease ran out and another sender
     *     claimed it)
     */
    boolean markSent(ClaimedMail mail, Instant now);

    /** Releases the claim and makes the mail due again at {@code nextAttemptAt}; {@code error} says why (no body). */
    void retryAt(ClaimedMail mail, Instant nextAttemptAt, String error);

    /** Gives the mail up for good and erases its subject and body. */
    void abandon(ClaimedMail mail, Instant now, String error);

    /** How many mails are still to deliver (neither delivered nor given up). */
    long countPending();

    /**
     * Deletes delivered and given-up mails queued before {@code before} (the record of what was
     * sent, without bodies). Safe to run from several instances at once.
     *
     * @return how many were deleted
     */
    int purgeFinished(Instant before);
}
