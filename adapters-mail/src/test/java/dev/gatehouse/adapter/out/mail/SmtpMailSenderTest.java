package dev.gatehouse.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.domain.mail.Mail;
import dev.gatehouse.domain.mail.MailDeliveryException;
import dev.gatehouse.domain.mail.MailTopic;
import dev.gatehouse.domain.user.Email;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The SMTP adapter against GreenMail, a real SMTP server inside the test JVM, on a free port. */
class SmtpMailSenderTest {
    private static final String FROM = "Gatehouse <no-reply@gatehouse.test>";
    private static final String SUBJECT = "Réinitialisez votre mot de passe ✓";
    private static final String BODY = "Grüße, Ærøskøbing — 日本語 ✓\nhttps://app.test/reset#token=s3cr3t-t0ken";
    private static final Mail MAIL = new Mail(new Email("alice@example.com"), MailTopic.PASSWORD_RESET, SUBJECT, BODY);

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void deliversThePlainTextMailInUtf8FromTheConfiguredSender() throws Exception {
        new SmtpMailSender(javaMailSender(smtp.getSmtp().getPort()), FROM).send(MAIL);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage message = received[0];
        assertThat(message.getSubject()).isEqualTo(SUBJECT);
        assertThat(message.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
        // SMTP carries lines ended by CRLF.
        assertThat(((String) message.getContent()).replace("\r\n", "\n")).isEqualTo(BODY);
        assertThat(message.getFrom()).containsExactly(new InternetAddress(FROM));
        assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Gatehouse");
        assertThat(message.getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress("alice@example.com"));
    }

    @Test
    void anUnreachableServerIsADeliveryFailureThatDoesNotQuoteTheMail() {
        GreenMail stopped = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        stopped.start();
        int port = stopped.getSmtp().getPort();
        stopped.stop();
        SmtpMailSender sender = new SmtpMailSender(javaMailSender(port), FROM);

        assertThatThrownBy(() -> sender.send(MAIL))
                .isInstanceOf(MailDeliveryException.class)
                .hasMessageStartingWith("SMTP delivery of a PASSWORD_RESET mail failed: ")
                .hasMessageContaining("connect")
                .hasMessageNotContaining("s3cr3t-t0ken")
                .hasMessageNotContaining("Grüße")
                .hasMessageNotContaining(SUBJECT);
    }

    @Test
    void aRefusedRecipientIsADeliveryFailureThatNamesNoAddress() throws Exception {
        try (RefusingSmtpServer server = RefusingSmtpServer.start()) {
            SmtpMailSender sender = new SmtpMailSender(javaMailSender(server.port()), FROM);

            assertThatThrownBy(() -> sender.send(MAIL))
                    .isInstanceOf(MailDeliveryException.class)
                    .hasMessageContaining("550 5.1.1")
                    .hasMessageContaining("Recipient address rejected")
                    .hasMessageNotContaining("alice@example.com")
                    .hasMessageNotContaining("no-reply")
                    .hasMessageNotContaining("\n");
        }
    }

    @Test
    void describesAFailureOnOneLineWithoutAddresses() {
        assertThat(
                        SmtpMailSender.describe(
                                new IllegalStateException(
                                        "Failed messages: SendFailedException: Invalid Addresses;\n  nested exception is:\n"
                                                + "\tSMTPAddressFailedException: 550 <bob.o'neil+x@mail.example.org>: rejected (bob@example.org)")))
                .isEqualTo("Failed messages: SendFailedException: Invalid Addresses; nested exception is: "
                        + "SMTPAddressFailedException: 550 <address>: rejected (<address>)");
        assertThat(SmtpMailSender.describe(new IllegalStateException())).isEqualTo("IllegalStateException");
    }

    @Test
    void aSenderAddressThatDoesNotParseStopsTheStart() {
        assertThatThrownBy(() -> new SmtpMailSender(javaMailSender(25), "not an <address"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("APP_MAIL_FROM");
    }

    private static JavaMailSenderImpl javaMailSender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "2000");
        properties.put("mail.smtp.writetimeout", "2000");
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
