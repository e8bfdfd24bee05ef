package dev.gatehouse.domain.user;

import dev.gatehouse.domain.common.InvalidInputException;
import dev.gatehouse.domain.common.UnsafeCharacters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An email address, normalised so that comparison is case-insensitive: spaces, tabs and line
 * breaks (CR, LF) at either end are trimmed, then the address is lower-cased ({@link Locale#ROOT}).
 * Refused, anywhere in what is left: whitespace, any {@linkplain UnsafeCharacters unsafe character}
 * (C0 and C1 controls, DEL, U+2028/U+2029, formatting characters, lone surrogates, U+FFFD) and the
 * no-break spaces (U+00A0, U+2007, U+202F, which look like a space and are not one).
 */
public record Email(String value) {
    /** RFC 5321 limits a forward path to 254 characters. */
    public static final int MAX_LENGTH = 254;

    private static final int MAX_LOCAL_PART = 64;
    // Printable ASCII or any non-control Unicode; one @; a dotted domain without empty labels.
    private static final Pattern SHAPE =
            Pattern.compile("[^\\s@\\p{Cntrl}\\p{Cf}]+@[^\\s@.\\p{Cntrl}\\p{Cf}]+(\\.[^\\s@.\\p{Cntrl}\\p{Cf}]+)+");

    public Email {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("email", "must not be blank");
        }
        value = trimmed(value).toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH) {
            throw new InvalidInputException("email", "must be at most " + MAX_LENGTH + " characters");
        }
        if (!SHAPE.matcher(value).matches()
                || value.indexOf('@') > MAX_LOCAL_PART
                || value.codePoints().anyMatch(Email::isForbidden)) {
            throw new InvalidInputException("email", "must be a valid email address");
        }
    }

    /** Whether no email may hold this character anywhere: unsafe characters and every kind of space. */
    public static boolean isForbidden(int codePoint) {
        return UnsafeCharacters.isUnsafe(codePoint) || Character.isSpaceChar(codePoint);
    }

    /** Without the spaces, tabs and line breaks at either end (no other character is trimmed). */
    private static String trimmed(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isTrimmed(text.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmed(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isTrimmed(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
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
