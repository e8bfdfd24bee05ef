package dev.gatehouse.domain.port.out;

import dev.gatehouse.domain.mail.Mail;
import java.time.Instant;

/**
 * Where use cases put the mail a change causes. Call it inside the change's {@link UnitOfWork}:
 * the mail is kept exactly when the change is (no mail for a change that rolled back), and is
 * delivered afterwards, never while the request waits.
 */
public interface MailOutbox {
    void enqueue(Mail mail, Instant now);
}
