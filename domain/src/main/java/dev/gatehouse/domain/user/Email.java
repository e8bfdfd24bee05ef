package dev.gatehouse.domain.user;

import dev.gatehouse.domain.common.InvalidInputException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** An email address, trimmed and lower-cased so that comparison is case-insensitive. */
public record Email(String value) {
    /** RFC 5321 limits a forward path to 254 characters. */
    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART = 64;
    // Printable ASCII or any non-control Unicode; one @; a dotted domain without empty labels.
    private static final Pattern SHAPE = Pattern.compile(
            "[^\\s@\\p{Cntrl}\\p{Cf}]+@[^\\s@.\\p{Cntrl}\\p{Cf}]+(\\.[^\\s@.\\p{Cntrl}\\p{Cf}]+)+");

    public Email {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("email", "must not be blank");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH) {
            throw new InvalidInputException("email", "must be at most " + MAX_LENGTH + " characters");
        }
        if (!SHAPE.matcher(value).matches() || value.indexOf('@') > MAX_LOCAL_PART) {
            throw new InvalidInputException("email", "must be a valid email address");
        }
    }

    /** The email, or empty when the text is not one: for look-ups that must not reveal why. */
    public static Optional<Email> parse(String text) {
        try {
            return Optional.of(new Email(text));
        } catch (InvalidInputException notAnEmail) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
