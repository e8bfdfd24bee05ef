package dev.gatehouse.domain.mfa;

import java.util.Arrays;
import java.util.Objects;

/**
 * A TOTP secret as it is stored: sealed by the application (encrypted when a key is configured),
 * opaque to the store, which keeps and compares it byte for byte. Copied in and out, so nobody
 * changes it behind the record's back, compared by content, and never printed.
 */
@SuppressWarnings("ArrayRecordComponent") // copied in and out and compared by content below
public record SealedSecret(byte[] value) {
    public SealedSecret {
        Objects.requireNonNull(value, "value");
        if (value.length == 0) {
            throw new IllegalArgumentException("A sealed secret is never empty");
        }
        value = value.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedSecret sealed && Arrays.equals(value, sealed.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "SealedSecret[redacted]";
    }
}
