package dev.gatehouse.domain.mfa;

import dev.gatehouse.domain.common.Sha256;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stored form of a {@link RecoveryCode}: lower-case hex SHA-256 of its normal form. A fast hash
 * is enough for {@value RecoveryCode#ENTROPY_BITS} random bits (the contract asks for at least 112
 * with a fast hash); the same code always hashes the same, so a typed code is found by its hash.
 * Nothing else is one: the stores keep exactly these 64 characters.
 */
public record RecoveryCodeHash(String value) {
    private static final Pattern LOWER_CASE_HEX_SHA_256 = Pattern.compile("[0-9a-f]{64}");

    public RecoveryCodeHash {
        Objects.requireNonNull(value, "value");
        if (!LOWER_CASE_HEX_SHA_256.matcher(value).matches()) {
            throw new IllegalArgumentException("A recovery code hash is 64 lower-case hex digits (SHA-256)");
        }
    }

    public static RecoveryCodeHash of(RecoveryCode code) {
        return new RecoveryCodeHash(Sha256.hex(code.value()));
    }

    @Override
    public String toString() {
        return "RecoveryCodeHash[redacted]";
    }
}
