package dev.gatehouse.domain.mfa;

import dev.gatehouse.domain.common.Sha256;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The opaque, single-use token that carries a login from its password step to its second step
 * (the contract's {@code mfaToken}): 256 random bits, base64url without padding. Only its
 * {@linkplain Sha256 SHA-256 hash} is stored ({@link MfaChallenge}). Never printed.
 */
public record MfaToken(String value) {
    private static final int RANDOM_BYTES = 32;

    public MfaToken {
        Objects.requireNonNull(value, "value");
    }

    public static MfaToken generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new MfaToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Lower-case hex SHA-256 of the token's text: the only form that is stored. */
    public String hash() {
        return Sha256.hex(value);
    }

    @Override
    public String toString() {
        return "MfaToken[redacted]";
    }
}
