package dev.gatehouse.domain.auth;

import java.util.Arrays;
import java.util.Optional;

/** A way the holder of a session proved who they are, named as RFC 8176 registers it ({@code amr}). */
public enum AuthenticationMethod {
    /** A password. */
    PASSWORD("pwd"),
    /** A one-time password: a TOTP code. */
    ONE_TIME_PASSWORD("otp"),
    /** More than one factor (a second one after the password: a TOTP code or a recovery code). */
    MULTIPLE_FACTORS("mfa");

    private final String value;

    AuthenticationMethod(String value) {
        this.value = value;
    }

    /** The RFC 8176 value, as tokens carry it. */
    public String value() {
        return value;
    }

    public static Optional<AuthenticationMethod> fromValue(String value) {
        return Arrays.stream(values()).filter(m -> m.value.equals(value)).findFirst();
    }
}
