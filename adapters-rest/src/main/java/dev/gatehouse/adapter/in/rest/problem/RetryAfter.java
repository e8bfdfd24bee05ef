package dev.gatehouse.adapter.in.rest.problem;

import java.time.Duration;

/**
 * The {@code Retry-After} header of throttled (429) and unavailable (503) answers: whole seconds
 * (RFC 9110 §10.2.3), rounded up so that a client that waits that long is not refused again for
 * the fraction, and at least 1.
 */
public final class RetryAfter {
    public static final String HEADER = "Retry-After";

    /** How long to wait after a 503 while the database cannot be reached. */
    public static final Duration STORE_UNAVAILABLE = Duration.ofSeconds(5);

    private RetryAfter() {}

    public static String seconds(Duration wait) {
        if (wait.isNegative()) {
            return "1";
        }
        long wholeSeconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Long.toString(Math.max(1, wholeSeconds));
    }
}
