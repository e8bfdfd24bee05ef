package dev.gatehouse.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.gatehouse.domain.mail.Mail;
import dev.gatehouse.domain.mail.MailTopic;
import dev.gatehouse.domain.user.Email;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ConsoleMailSenderTest {
    private final Logger logger = (Logger) LoggerFactory.getLogger(ConsoleMailSender.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @BeforeEach
    void capture() {
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void release() {
        logger.detachAppender(appender);
    }

    @Test
    void printsTheWholeMailAsOneMarkedBlock() {
        new ConsoleMailSender()
                .send(new Mail(
                        new Email("bob@example.com"),
                        MailTopic.VERIFY_EMAIL,
                        "Confirm your address",
                        "Open https://app.test/verify#token=abc123 within 24 hours.\n"));

        assertThat(appender.list).hasSize(1);
        assertThat(appender.list.getFirst().getFormattedMessage())
                .contains("==== DEVELOPER MODE: MAIL NOT SENT, PRINTED HERE ====")
                .contains("To:      bob@example.com")
                .contains("Topic:   VERIFY_EMAIL")
                .contains("Subject: Confirm your address")
                .contains("Open https://app.test/verify#token=abc123 within 24 hours.")
                .endsWith("==== END OF MAIL ====");
    }
}
