package dev.gatehouse.domain.email;

import dev.gatehouse.domain.common.Sha256;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The single-use token a mailed link carries (verification, password reset, email change): 256
 * random bits, base64url without padding, so it fits a URL as it is. Only its
 * {@linkplain Sha256 SHA-256 hash} is stored. Never printed.
 */
public record EmailToken(String value) {
    private static final int RANDOM_BYTES = 32;

    public EmailToken {
        Objects.requireNonNull(value, "value");
    }

    public static EmailToken generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new EmailToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Lower-case hex SHA-256 of the token's text: the only form that is stored. */
    public String hash() {
        return Sha256.hex(value);
    }

    @Override
    public String toString() {
        return "EmailToken[redacted]";
    }
}
