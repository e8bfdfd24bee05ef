package dev.gatehouse.domain.mfa;

import dev.gatehouse.domain.common.Sha256;
import java.util.Objects;

/**
 * The stored form of a {@link RecoveryCode}: lower-case hex SHA-256 of its normal form. A fast hash
 * is enough for {@value RecoveryCode#ENTROPY_BITS} random bits (the contract asks for at least 112
 * with a fast hash); the same code always hashes the same, so a typed code is found by its hash.
 */
public record RecoveryCodeHash(String value) {
    public RecoveryCodeHash {
        Objects.requireNonNull(value, "value");
    }

    public static RecoveryCodeHash of(RecoveryCode code) {
        return new RecoveryCodeHash(Sha256.hex(code.value()));
    }

    @Override
    public String toString() {
        return "RecoveryCodeHash[redacted]";
    }
}
