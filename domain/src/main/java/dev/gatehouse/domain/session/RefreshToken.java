package dev.gatehouse.domain.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An opaque refresh token: 256 random bits, base64url without padding. Only its SHA-256 hash is
 * stored; a slow hash buys nothing for a value with that much entropy. Never printed.
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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK ships SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "RefreshToken[redacted]";
    }
}
