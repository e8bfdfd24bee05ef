package dev.gatehouse.application.email.mailing;

import dev.gatehouse.domain.email.EmailToken;
import dev.gatehouse.domain.email.EmailTokenGrant;
import dev.gatehouse.domain.email.EmailTokenPurpose;
import dev.gatehouse.domain.port.out.EmailTokenStore;
import dev.gatehouse.domain.port.out.MailOutbox;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

/**
 * Issues a mailed token and queues the mail that carries its link: a new random token, stored as
 * its hash only (superseding the account's older tokens of the purpose), and the mail written to
 * the outbox. Call it inside the unit of work of the change that causes the mail, so that token and
 * mail are kept exactly when the change is.
 */
public final class EmailTokenMails {
    /** At most one mail of a purpose per account in this time: a mailbox is not a target to flood. */
    public static final Duration MAIL_INTERVAL = Duration.ofSeconds(60);

    private final EmailTokenStore tokens;
    private final MailOutbox outbox;
    private final MailComposer composer;
    private final SecureRandom random;

    public EmailTokenMails(EmailTokenStore tokens, MailOutbox outbox, MailComposer composer, SecureRandom random) {
        this.tokens = tokens;
        this.outbox = outbox;
        this.composer = composer;
        this.random = random;
    }

    /**
     * Mails {@code address} a link to spend a new {@code purpose} token of {@code account}.
     *
     * @param address the address the token speaks for and the mail goes to
     */
    public void send(UserId account, EmailTokenPurpose purpose, Email address, Instant now) {
        EmailToken token = EmailToken.generate(random);
        tokens.issue(token.hash(), EmailTokenGrant.issuedAt(account, purpose, address, now), now);
        outbox.enqueue(composer.linkMail(address, purpose, token), now);
    }

    /**
     * As {@link #send}, unless the account was issued a token of the purpose less than {@link
     * #MAIL_INTERVAL} ago. Call it with the account locked: the lock makes the look and the issue
     * one step, so two requests at once cannot both find no recent token.
     *
     * @return whether a mail was queued
     */
    public boolean sendUnlessRecent(UserId lockedAccount, EmailTokenPurpose purpose, Email address, Instant now) {
        if (issuedRecently(lockedAccount, purpose, now)) {
            return false;
        }
        send(lockedAccount, purpose, address, now);
        return true;
    }

    /** Whether the account was issued a token of the purpose less than {@link #MAIL_INTERVAL} before {@code now}. */
    private boolean issuedRecently(UserId account, EmailTokenPurpose purpose, Instant now) {
        return tokens.lastIssuedAt(account, purpose)
                .filter(issued -> issued.isAfter(now.minus(MAIL_INTERVAL)))
                .isPresent();
    }
}
