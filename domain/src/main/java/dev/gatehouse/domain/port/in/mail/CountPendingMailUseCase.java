package dev.gatehouse.domain.port.in.mail;

/** How many mails the outbox still has to deliver (for the {@code gatehouse_mail_outbox_pending} gauge). */
public interface CountPendingMailUseCase {
    long countPendingMail();
}
