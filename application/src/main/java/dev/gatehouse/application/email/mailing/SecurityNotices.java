package dev.gatehouse.application.email.mailing;

import dev.gatehouse.domain.mail.MailTopic;
import dev.gatehouse.domain.port.out.MailOutbox;
import dev.gatehouse.domain.user.Email;
import java.time.Instant;

/**
 * Queues a notice (no link, no token) of a change to an account. Call it inside the unit of work
 * of the change: the notice goes out exactly when the change commits.
 */
public final class SecurityNotices {
    private final MailOutbox outbox;
    private final MailComposer composer;

    public SecurityNotices(MailOutbox outbox, MailComposer composer) {
        this.outbox = outbox;
        this.composer = composer;
    }

    public void queue(Email to, MailTopic notice, Instant now) {
        outbox.enqueue(composer.notice(to, notice), now);
    }
}
