package dev.gatehouse.domain.mfa;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A one-time code that stands in for a TOTP code when the authenticator is lost: {@value #LENGTH}
 * Base32 characters, {@value #ENTROPY_BITS} random bits, enough to be stored with a fast hash (its
 * {@link RecoveryCodeHash}). Shown as five groups of five, lower case, joined by hyphens
 * ({@code abcde-fghij-klmno-pqrst-uvw23}); typed back in any case, with or without the spaces and
 * hyphens. The value is the normal form: lower case, nothing between the characters. Never printed.
 */
public record RecoveryCode(String value) {
    public static final int LENGTH = 25;
    public static final int ENTROPY_BITS = LENGTH * 5;

    private static final int GROUP = 5;
    /** 128 random bits encode to 26 characters; the first 25 carry 125 of them. */
    private static final int RANDOM_BYTES = 16;
    /** Longer text is refused before it is read: no normal form is that far from 25 characters. */
    private static final int MAX_TYPED_LENGTH = 100;

    private static final Pattern NORMAL_FORM = Pattern.compile("[a-z2-7]{" + LENGTH + "}");

    public RecoveryCode {
        Objects.requireNonNull(value, "value");
        if (!NORMAL_FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("A recovery code is " + LENGTH + " lower-case Base32 characters");
        }
    }

    public static RecoveryCode generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new RecoveryCode(Base32.encode(bytes).substring(0, LENGTH).toLowerCase(Locale.ROOT));
    }

    /**
     * The code a person typed, in its normal form: letters of either case, spaces and hyphens
     * anywhere. Empty for anything else (other characters, too few or too many, {@code null}), so
     * that no hostile input gets further than this, and nothing about it is thrown back.
     */
    public static Optional<RecoveryCode> parse(String typed) {
        if (typed == null || typed.length() > MAX_TYPED_LENGTH) {
            return Optional.empty();
        }
        StringBuilder normal = new StringBuilder(LENGTH);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c == ' ' || c == '-') {
                continue;
            }
            if (Base32.valueOf(c) < 0 || normal.length() == LENGTH) {
                return Optional.empty();
            }
            normal.append(Character.toLowerCase(c));
        }
        return normal.length() == LENGTH ? Optional.of(new RecoveryCode(normal.toString())) : Optional.empty();
    }

    /** How the code is shown once: {@code abcde-fghij-klmno-pqrst-uvw23}. */
    public String display() {
        StringBuilder shown = new StringBuilder(LENGTH + LENGTH / GROUP - 1);
        for (int start = 0; start < LENGTH; start += GROUP) {
            if (start > 0) {
                shown.append('-');
            }
            shown.append(value, start, start + GROUP);
        }
        return shown.toString();
    }

    @Override
    public String toString() {
        return "RecoveryCode[redacted]";
    }
}
