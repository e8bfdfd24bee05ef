package dev.gatehouse.domain.port.out;

import dev.gatehouse.domain.mail.Mail;
import dev.gatehouse.domain.mail.MailDeliveryException;

/** Hands a mail to whatever delivers it (an SMTP server; the console in developer mode). */
public interface MailSender {
    /** @throws MailDeliveryException when the mail could not be handed over; it may be tried again */
    void send(Mail mail);
}
