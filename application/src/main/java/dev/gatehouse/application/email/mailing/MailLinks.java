package dev.gatehouse.application.email.mailing;

import dev.gatehouse.domain.email.EmailToken;
import dev.gatehouse.domain.email.EmailTokenPurpose;
import java.util.Objects;

/**
 * The deployment's templates of the links mailed with a token, one per purpose. Each holds
 * {@value #PLACEHOLDER}, which the token replaces: a template without it would mail links that
 * carry nothing, so it is refused when the service starts, naming the setting to fix.
 */
public record MailLinks(String verifyEmail, String passwordReset, String emailChange) {
    public static final String PLACEHOLDER = "{token}";

    public MailLinks {
        requirePlaceholder(verifyEmail, "APP_MAIL_LINKS_VERIFY_EMAIL (app.mail.links.verify-email)");
        requirePlaceholder(passwordReset, "APP_MAIL_LINKS_PASSWORD_RESET (app.mail.links.password-reset)");
        requirePlaceholder(emailChange, "APP_MAIL_LINKS_EMAIL_CHANGE (app.mail.links.email-change)");
    }

    private static void requirePlaceholder(String template, String setting) {
        Objects.requireNonNull(template, setting);
        if (!template.contains(PLACEHOLDER)) {
            throw new IllegalArgumentException(setting + " must contain " + PLACEHOLDER
                    + ", which the mailed token replaces; it is \"" + template + "\"");
        }
    }

    /** The link that spends {@code token} for {@code purpose}. */
    public String linkFor(EmailTokenPurpose purpose, EmailToken token) {
        String template = switch (purpose) {
            case VERIFY_EMAIL -> verifyEmail;
            case PASSWORD_RESET -> passwordReset;
            case EMAIL_CHANGE -> emailChange;
        };
        return template.replace(PLACEHOLDER, token.value());
    }
}
