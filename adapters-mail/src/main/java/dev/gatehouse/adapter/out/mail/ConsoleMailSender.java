package dev.gatehouse.adapter.out.mail;

import dev.gatehouse.domain.mail.Mail;
import dev.gatehouse.domain.port.out.MailSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The developer mode's mail "server": writes each whole mail (recipient, subject, body) to the log
 * as one block under a banner no one can take for a delivered mail, and never fails. The body
 * holds live links with their tokens, and printing them is the point: the developer clicks them.
 * Only the developer mode chooses this sender ({@code app.mail.console}); nothing else logs a
 * mail's body.
 */
public final class ConsoleMailSender implements MailSender {
    static final String BANNER = "==== DEVELOPER MODE: MAIL NOT SENT, PRINTED HERE ====";
    private static final String END = "==== END OF MAIL ====";

    private static final Logger log = LoggerFactory.getLogger(ConsoleMailSender.class);

    @Override
    public void send(Mail mail) {
        log.info(
                "\n{}\nTo:      {}\nTopic:   {}\nSubject: {}\n\n{}\n{}",
                BANNER,
                mail.to().value(),
                mail.topic(),
                mail.subject(),
                mail.text(),
                END);
    }
}
