package dev.gatehouse.domain.session;

import dev.gatehouse.domain.common.Sha256;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * An opaque refresh token: 256 random bits, base64url without padding. Only its {@linkplain Sha256
 * SHA-256 hash} is stored. Never printed.
 */
public record RefreshToken(String value) {
    private static final int RANDOM_BYTES = 32;

    public RefreshToken {
        Objects.requireNonNull(value, "value");
    }

    public static RefreshToken generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new RefreshToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Lower-case hex SHA-256 of the token's text: the only form that is stored. */
    public String hash() {
        return Sha256.hex(value);
    }

    @Override
    public String toString() {
        return "RefreshToken[redacted]";
    }
}
