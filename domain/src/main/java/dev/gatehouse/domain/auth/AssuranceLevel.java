package dev.gatehouse.domain.auth;

import java.util.Arrays;
import java.util.Optional;

/** The authenticator assurance level of a sign-in (NIST SP 800-63B), as tokens carry it in {@code acr}. */
public enum AssuranceLevel {
    /** One factor: the password. */
    AAL1("aal1"),
    /** Two factors: the password and a second one. */
    AAL2("aal2");

    private final String value;

    AssuranceLevel(String value) {
        this.value = value;
    }

    /** The {@code acr} value. */
    public String value() {
        return value;
    }

    public static Optional<AssuranceLevel> fromValue(String value) {
        return Arrays.stream(values()).filter(l -> l.value.equals(value)).findFirst();
    }
}
