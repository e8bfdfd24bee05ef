package dev.gatehouse.adapter.in.rest;

import java.time.Duration;
import java.util.Objects;

/**
 * The per-client-address limit on {@code /api/v1/auth/*} (register, login, refresh, logout).
 * Each client address has a token bucket that holds up to {@code capacity} requests and is
 * refilled greedily at {@code capacity} per {@code refillPeriod} (one token every
 * {@code refillPeriod / capacity}, not all at once at the end of the period). So a client may send
 * a burst of {@code capacity} requests, then keeps {@code capacity} per {@code refillPeriod} on
 * average; a request beyond that is answered 429 {@code rate-limited} with {@code Retry-After}.
 *
 * <p>Bootstrap binds it from {@code app.rate-limit.enabled} ({@code APP_RATE_LIMIT_ENABLED}),
 * {@code app.rate-limit.capacity} and {@code app.rate-limit.refill-period}, with the defaults its
 * properties declare. Switched off, nothing is counted or refused
 * (benchmarks switch it off). The limit is per instance: behind a load balancer over n instances a
 * client may get up to n times as much.
 *
 * @param capacity     burst size, and requests per {@code refillPeriod}; at least 1
 * @param refillPeriod how long an empty bucket takes to fill up again; positive
 */
public record RateLimitSettings(boolean enabled, long capacity, Duration refillPeriod) {
    public RateLimitSettings {
        Objects.requireNonNull(refillPeriod, "refillPeriod");
        if (capacity < 1) {
            throw new IllegalArgumentException("app.rate-limit.capacity must be at least 1, is " + capacity);
        }
        if (refillPeriod.isNegative() || refillPeriod.isZero()) {
            throw new IllegalArgumentException("app.rate-limit.refill-period must be positive, is " + refillPeriod);
        }
    }
}
