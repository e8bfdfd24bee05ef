package dev.gatehouse.domain.auth;

import dev.gatehouse.domain.common.UnsafeCharacters;
import dev.gatehouse.domain.user.Email;
import java.util.Locale;
import java.util.Objects;

/**
 * The name failed logins are counted under: the email as an account would store it, or, for text
 * that is not an email, the text as typed (stripped, lower-cased). Whether or not an account has
 * it, so that throttling looks the same for accounts that do not exist. Each
 * {@linkplain UnsafeCharacters unsafe character} of such text (NUL, which PostgreSQL cannot store,
 * other controls, lone surrogates) is replaced by U+FFFD, which no email holds: such a name never
 * reaches the store as typed and can never share a throttle with an account.
 */
public record LoginName(String value) {
    /** The column's length; longer text is cut, since no email is that long. */
    static final int MAX_LENGTH = 320;

    public LoginName {
        Objects.requireNonNull(value, "value");
    }

    /** Parsed once from what the client typed into the login form. */
    public static LoginName of(String typed) {
        String name = Email.parse(typed)
                .map(Email::value)
                .orElseGet(() -> typed.strip().toLowerCase(Locale.ROOT));
        return new LoginName(
                UnsafeCharacters.replaced(name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH)));
    }

    /** An account's own login name (its password checks count towards its lockout too). */
    public static LoginName of(Email email) {
        return new LoginName(email.value());
    }
}
