package dev.gatehouse.domain.password;

import dev.gatehouse.domain.common.InvalidInputException;
import dev.gatehouse.domain.user.Email;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a new password must be: 8 characters to 72 UTF-8 bytes (bcrypt reads no further, and a
 * silent truncation would make the tail meaningless), not the account's email, and not on the
 * bundled list of common passwords.
 */
public final class PasswordPolicy {
    public static final int MIN_CHARACTERS = 8;
    public static final int MAX_UTF8_BYTES = 72;

    private final CommonPasswords commonPasswords;

    public PasswordPolicy(CommonPasswords commonPasswords) {
        this.commonPasswords = commonPasswords;
    }

    /** Throws {@link InvalidInputException} against {@code field} when the password is refused. */
    public void check(String field, Password password, Email email) {
        String value = password.value();
        if (value.codePointCount(0, value.length()) < MIN_CHARACTERS) {
            throw new InvalidInputException(field, "must be at least " + MIN_CHARACTERS + " characters");
        }
        if (value.getBytes(StandardCharsets.UTF_8).length > MAX_UTF8_BYTES) {
            throw new InvalidInputException(
                    field,
                    "must be at most " + MAX_UTF8_BYTES
                            + " bytes in UTF-8 (longer passwords would be silently truncated by bcrypt)");
        }
        if (value.strip().toLowerCase(Locale.ROOT).equals(email.value())) {
            throw new InvalidInputException(field, "must not be the email address");
        }
        if (commonPasswords.contains(value)) {
            throw new InvalidInputException(field, "is too common; choose one that is harder to guess");
        }
    }
}
