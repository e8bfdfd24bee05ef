package dev.gatehouse.devmode;

import java.util.List;
import java.util.Objects;

/**
 * The developer-mode ADMIN's second factor as the enrolment answered it: the TOTP secret (Base32,
 * what {@code oathtool --totp -b} and authenticator apps take), the {@code otpauth://} URI an app
 * reads as a QR code, and the ten recovery codes. Kept in {@code admin.env} beside the password and
 * shown in the start-up block, nowhere else; {@link #toString()} tells nothing of them.
 */
record AdminTotp(String secret, String otpauthUri, List<String> recoveryCodes) {
    AdminTotp {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(otpauthUri, "otpauthUri");
        recoveryCodes = List.copyOf(recoveryCodes);
    }

    @Override
    public String toString() {
        return "AdminTotp[redacted]";
    }
}
