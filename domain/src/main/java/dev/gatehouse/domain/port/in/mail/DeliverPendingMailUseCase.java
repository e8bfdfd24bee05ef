package dev.gatehouse.domain.port.in.mail;

import dev.gatehouse.domain.mail.MailDeliveryPass;

/**
 * One pass of an outbox sender: claims the mail that is due, hands each to the mail server,
 * erases what was delivered, schedules a retry with backoff for what failed, and gives up (with an
 * audit event) on mail that has failed for longer than the configured time. Safe to run on every
 * instance at once: each mail is claimed by one sender at a time.
 */
public interface DeliverPendingMailUseCase {
    /** @return what the pass did, for the caller to report */
    MailDeliveryPass deliverPendingMail();
}
