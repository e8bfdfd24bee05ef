package dev.gatehouse.application.mail;

import dev.gatehouse.domain.mail.Mail;
import dev.gatehouse.domain.mail.MailDeliveryException;
import dev.gatehouse.domain.port.out.MailSender;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A mail server that fails on demand: down for everyone, or for chosen recipients, or breaking its
 * contract with an unexpected exception. Counts every attempt and keeps what it accepted.
 */
final class TestMailSender implements MailSender {
    private final List<Mail> delivered = new ArrayList<>();
    private final Set<String> refused = new HashSet<>();
    private final Set<String> broken = new HashSet<>();
    private boolean down;
    private int attempts;
    private Runnable duringSend = () -> {};

    @Override
    public void send(Mail mail) {
        attempts++;
        duringSend.run();
        if (broken.contains(mail.to().value())) {
            throw new IllegalStateException("a bug that quotes " + mail.text());
        }
        if (down || refused.contains(mail.to().value())) {
            throw new MailDeliveryException(
                    "SMTP delivery of a " + mail.topic() + " mail failed: connection refused", null);
        }
        delivered.add(mail);
    }

    void down(boolean down) {
        this.down = down;
    }

    void refuse(String address) {
        refused.add(address);
    }

    void breakOn(String address) {
        broken.add(address);
    }

    /** Runs {@code action} inside every send, while the sender holds its claim (a slow server). */
    void duringSend(Runnable action) {
        duringSend = action;
    }

    List<Mail> delivered() {
        return List.copyOf(delivered);
    }

    int attempts() {
        return attempts;
    }
}
