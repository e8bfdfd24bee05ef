package dev.gatehouse.adapter.out.mail;

import dev.gatehouse.domain.mail.Mail;
import dev.gatehouse.domain.mail.MailDeliveryException;
import dev.gatehouse.domain.port.out.MailSender;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Hands each mail to an SMTP server through Spring's {@link JavaMailSender} (Jakarta Mail, set up
 * by Spring Boot from {@code spring.mail.*}): one plain-text UTF-8 part, from the configured sender
 * address. A failure becomes a {@link MailDeliveryException} whose message says what went wrong
 * with the server, never what the mail says (its body may hold a live token, and the message ends
 * up in the outbox and the log).
 */
public final class SmtpMailSender implements MailSender {
    /** Anything shaped like local@domain, with or without angle brackets around it. */
    private static final Pattern ADDRESS = Pattern.compile("<?[^\\s<>()\\[\\],;:\"]+@[^\\s<>()\\[\\],;:\"]+>?");

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");
    private final JavaMailSender mailSender;
    private final InternetAddress from;

    /**
     * @param from the sender, an address with an optional name ({@code Gatehouse <no-reply@example.com>});
     *     one that does not parse stops the start here rather than failing every mail later
     */
    public SmtpMailSender(JavaMailSender mailSender, String from) {
        this.mailSender = mailSender;
        this.from = parseFrom(from);
    }

    private static InternetAddress parseFrom(String from) {
        try {
            return new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException(
                    "app.mail.from (APP_MAIL_FROM) is not a mail address: " + e.getMessage(), e);
        }
    }

    @Override
    public void send(Mail mail) {
        try {
            mailSender.send(message(mail));
        } catch (MailException | MessagingException e) {
            throw new MailDeliveryException("SMTP delivery of a " + mail.topic() + " mail failed: " + describe(e), e);
        }
    }

    private MimeMessage message(Mail mail) throws MessagingException {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(mail.to().value());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), false);
        return message;
    }

    /**
     * The exception's own words (the server's reply, "Couldn't connect to host", ...), on one line,
     * with every mail address taken out: Spring's and Jakarta Mail's messages name the server and
     * the failure, never the content, but a refused recipient is quoted, and this text ends up in
     * the log and the outbox, which hold no address.
     */
    static String describe(Exception e) {
        String message = e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        return ADDRESS.matcher(LINE_BREAKS.matcher(message).replaceAll(" "))
                .replaceAll("<address>")
                .strip();
    }
}
