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
 * <p>Bootstrap binds it from {@code app.rate-limit.enabled} ({@code APP_RATE_LIMIT_ENABLED},
 * default true), {@code app.rate-limit.capacity} (default 20) and
 * {@code app.rate-limit.refill-period} (default PT1M). Switched off, nothing is counted or refused
 * (benchmarks switch it off). The limit is per instance: behind a load balancer over n instances a
 * client may get up to n times as much.
 *
 * @param capacity     burst size, and requests per {@code refillPeriod}; at least 1
 * @param refillPeriod how long an empty bucket takes to fill up again; positive
 */
public record RateLimitSettings(boolean enabled, long capacity, Duration refillPeriod) {
    public static final long DEFAULT_CAPACITY = 20;
    public static final Duration DEFAULT_REFILL_PERIOD = Duration.ofMinutes(1);

    public RateLimitSettings {
        Objects.requireNonNull(refillPeriod, "refillPeriod");
        if (capacity < 1) {
            throw new IllegalArgumentException("app.rate-limit.capacity must be at least 1, is " + capacity);
        }
        if (refillPeriod.isNegative() || refillPeriod.isZero()) {
            throw new IllegalArgumentException("app.rate-limit.refill-period must be positive, is " + refillPeriod);
        }
    }

    /** On, 20 requests per minute per address. */
    public static RateLimitSettings defaults() {
        return new RateLimitSettings(true, DEFAULT_CAPACITY, DEFAULT_REFILL_PERIOD);
    }

    public static RateLimitSettings disabled() {
        return new RateLimitSettings(false, DEFAULT_CAPACITY, DEFAULT_REFILL_PERIOD);
    }
}
