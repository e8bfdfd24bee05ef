package dev.gatehouse.application.email.mailing;

import dev.gatehouse.domain.email.EmailToken;
import dev.gatehouse.domain.email.EmailTokenPurpose;
import dev.gatehouse.domain.mail.Mail;
import dev.gatehouse.domain.mail.MailTopic;
import dev.gatehouse.domain.user.Email;
import java.time.Duration;
import java.util.Objects;

/**
 * What every mail of the service says: the one home of the texts. Each names the product, says
 * what happened or what the link does, how long a link works, and what to do when the reader did
 * not ask for it. A link mail carries the link built from the deployment's template; a notice
 * carries no link and no token at all, so that nothing in it can be acted on by whoever reads it.
 */
public final class MailComposer {
    private final String productName;
    private final MailLinks links;

    public MailComposer(String productName, MailLinks links) {
        this.productName = Objects.requireNonNull(productName, "productName");
        this.links = Objects.requireNonNull(links, "links");
    }

    /** The mail that carries {@code token}'s link, to the address the token speaks for. */
    public Mail linkMail(Email to, EmailTokenPurpose purpose, EmailToken token) {
        String link = links.linkFor(purpose, token);
        String expiry = "The link expires in " + spoken(purpose.validity()) + " and works once.";
        return switch (purpose) {
            case VERIFY_EMAIL ->
                new Mail(
                        to,
                        MailTopic.VERIFY_EMAIL,
                        "Verify your email address for " + productName,
                        body(
                                "To confirm that this address belongs to your " + productName
                                        + " account, open this link:",
                                link,
                                expiry,
                                "If you did not sign up for " + productName
                                        + ", ignore this mail: nothing happens unless the link is opened."));
            case PASSWORD_RESET ->
                new Mail(
                        to,
                        MailTopic.PASSWORD_RESET,
                        "Reset your " + productName + " password",
                        body(
                                "Someone asked to reset the password of the " + productName
                                        + " account with this address. To choose a new password, open this link:",
                                link,
                                expiry + " Setting a new password signs the account out everywhere.",
                                "If you did not ask for this, ignore this mail: your password stays as it is."));
            case EMAIL_CHANGE ->
                new Mail(
                        to,
                        MailTopic.CONFIRM_EMAIL_CHANGE,
                        "Confirm your new email address for " + productName,
                        body(
                                "Someone asked to move a " + productName
                                        + " account to this address. To confirm the change, open this link:",
                                link,
                                expiry,
                                "If you did not ask for this, ignore this mail: the account keeps its current"
                                        + " address."));
        };
    }

    /**
     * A notice of something that happened to the account, to {@code to}.
     *
     * @throws IllegalArgumentException for a topic that needs a link ({@link #linkMail})
     */
    public Mail notice(Email to, MailTopic topic) {
        String notYou = "If this was not you, someone else may have access to your account: reset your password"
                + " from the sign-in page and tell your administrator.";
        return switch (topic) {
            case PASSWORD_CHANGED_NOTICE ->
                notice(
                        to,
                        topic,
                        "Your " + productName + " password was changed",
                        "The password of your " + productName
                                + " account was changed, and every device signed in to it was signed out.",
                        notYou);
            case PASSWORD_RESET_NOTICE ->
                notice(
                        to,
                        topic,
                        "Your " + productName + " password was reset",
                        "The password of your " + productName
                                + " account was reset with a link mailed to this address, and every device signed"
                                + " in to it was signed out.",
                        notYou);
            case MFA_DISABLED_NOTICE ->
                notice(
                        to,
                        topic,
                        "Two-step sign-in is off for your " + productName + " account",
                        "Two-step sign-in (authenticator codes) was switched off for your " + productName
                                + " account; the password alone now signs in.",
                        notYou);
            case MFA_RESET_NOTICE ->
                notice(
                        to,
                        topic,
                        "Two-step sign-in was reset on your " + productName + " account",
                        "An administrator switched two-step sign-in (authenticator codes) off for your "
                                + productName + " account; the password alone now signs in. You can set it up"
                                + " again from your account.",
                        "If this was not you asking for it, tell your administrator.");
            case EMAIL_CHANGE_REQUESTED_NOTICE ->
                notice(
                        to,
                        topic,
                        "Someone asked to change the email of your " + productName + " account",
                        "Someone who knows the password of your " + productName
                                + " account asked to move it to another address. A confirmation link was mailed"
                                + " there; nothing changes unless it is opened.",
                        "If this was not you, change your password now and tell your administrator.");
            case EMAIL_CHANGED_NOTICE ->
                notice(
                        to,
                        topic,
                        "Your " + productName + " account has a new email address",
                        "Your " + productName + " account no longer uses this address: the change to another"
                                + " one was confirmed.",
                        "If this was not you, tell your administrator at once.");
            case VERIFY_EMAIL, PASSWORD_RESET, CONFIRM_EMAIL_CHANGE ->
                throw new IllegalArgumentException(topic + " carries a link, not a notice");
        };
    }

    private Mail notice(Email to, MailTopic topic, String subject, String whatHappened, String ifNotYou) {
        return new Mail(
                to, topic, subject, body(whatHappened, "If this was you, there is nothing more to do.", ifNotYou));
    }

    private String body(String... paragraphs) {
        return "Hello,\n\n" + String.join("\n\n", paragraphs) + "\n\n-- \n" + productName + "\n";
    }

    /** "30 minutes", "24 hours": the validities are whole hours or minutes. */
    static String spoken(Duration duration) {
        if (duration.toMinutesPart() == 0 && duration.toHours() > 0) {
            return plural(duration.toHours(), "hour");
        }
        return plural(duration.toMinutes(), "minute");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
