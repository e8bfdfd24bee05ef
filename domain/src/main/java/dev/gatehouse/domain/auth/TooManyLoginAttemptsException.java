package dev.gatehouse.domain.auth;

import dev.gatehouse.domain.common.DomainException;
import java.time.Duration;

/** Logins for this name are locked for a while after repeated failures. */
public class TooManyLoginAttemptsException extends DomainException {
    private final Duration retryAfter;

    public TooManyLoginAttemptsException(Duration retryAfter) {
        super("Too many failed logins; try again in " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
