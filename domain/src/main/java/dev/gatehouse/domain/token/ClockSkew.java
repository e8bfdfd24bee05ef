package dev.gatehouse.domain.token;

import java.time.Duration;
import java.util.Objects;

/**
 * How far apart the clocks of the instance that signs an access token and the one that verifies it
 * may be. The verifier accepts a token up to this long past its expiry, so everything that reasons
 * about "the longest a token can still be accepted" (how long a retired signing key stays
 * published) must add the same value: one instance of this, given to both.
 */
public record ClockSkew(Duration value) {
    /** What the contract allows: at most 60 s. */
    public static final ClockSkew CONTRACT = new ClockSkew(Duration.ofSeconds(60));

    public ClockSkew {
        Objects.requireNonNull(value, "value");
        if (value.isNegative()) {
            throw new IllegalArgumentException("clock skew cannot be negative");
        }
    }
}
