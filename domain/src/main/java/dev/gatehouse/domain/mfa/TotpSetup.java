package dev.gatehouse.domain.mfa;

import java.util.Objects;

/**
 * What a setup answers, this once: the new secret in Base32 and the {@code otpauth://} URI that
 * carries it (for a QR code). Never printed: both hold the secret.
 */
public record TotpSetup(String secret, String otpauthUri) {
    public TotpSetup {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(otpauthUri, "otpauthUri");
    }

    @Override
    public String toString() {
        return "TotpSetup[redacted]";
    }
}
