package dev.gatehouse.domain.email;

import java.time.Duration;

/** What a mailed token may be spent on; a token of one purpose never works for another. */
public enum EmailTokenPurpose {
    VERIFY_EMAIL(Duration.ofHours(24)),
    PASSWORD_RESET(Duration.ofMinutes(30)),
    EMAIL_CHANGE(Duration.ofHours(24));

    private final Duration validity;

    EmailTokenPurpose(Duration validity) {
        this.validity = validity;
    }

    /** How long a token of this purpose stays usable after it is issued. */
    public Duration validity() {
        return validity;
    }
}
