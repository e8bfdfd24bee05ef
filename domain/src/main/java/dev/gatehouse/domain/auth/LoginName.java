package dev.gatehouse.domain.auth;

import dev.gatehouse.domain.user.Email;
import java.util.Locale;
import java.util.Objects;

/**
 * The name failed logins are counted under: the email as an account would store it, or, for text
 * that is not an email, the text as typed (stripped, lower-cased). Whether or not an account has
 * it, so that throttling looks the same for accounts that do not exist.
 */
public record LoginName(String value) {
    /** The column's length; longer text is cut, since no email is that long. */
    static final int MAX_LENGTH = 320;

    public LoginName {
        Objects.requireNonNull(value, "value");
    }

    /** Parsed once from what the client typed into the login form. */
    public static LoginName of(String typed) {
        String name = Email.parse(typed).map(Email::value).orElseGet(() -> typed.strip().toLowerCase(Locale.ROOT));
        return new LoginName(name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH));
    }

    /** An account's own login name (its password checks count towards its lockout too). */
    public static LoginName of(Email email) {
        return new LoginName(email.value());
    }
}
