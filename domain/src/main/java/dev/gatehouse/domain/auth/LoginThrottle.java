package dev.gatehouse.domain.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The failed-login record of one login name (a normalised email, known to us or not, so that
 * throttling looks the same for accounts that do not exist).
 *
 * <p>Five failures in a row lock it for 30 s. After a lock, each further failure locks it again
 * for twice as long as the lock before, up to 15 min. While locked, attempts are refused without
 * being checked or counted. A success clears the record.
 *
 * @param failures    failures since the last success, before the first lock (0 to 4)
 * @param locks       how many locks there have been since the last success
 * @param lockedUntil end of the current or last lock, or null
 */
public record LoginThrottle(String loginName, int failures, int locks, Instant lockedUntil) {
    public static final int FAILURES_BEFORE_FIRST_LOCK = 5;
    public static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    public static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

    public LoginThrottle {
        Objects.requireNonNull(loginName, "loginName");
    }

    public static LoginThrottle clean(String loginName) {
        return new LoginThrottle(loginName, 0, 0, null);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Whole seconds until the lock ends, at least 1 (what {@code Retry-After} says). */
    public Duration retryAfter(Instant now) {
        long millis = Duration.between(now, lockedUntil).toMillis();
        return Duration.ofSeconds(Math.max(1, (millis + 999) / 1000));
    }

    /** The record after one more failure at {@code now}; not to be called while locked. */
    public LoginThrottle afterFailure(Instant now) {
        if (locks == 0 && failures + 1 < FAILURES_BEFORE_FIRST_LOCK) {
            return new LoginThrottle(loginName, failures + 1, 0, lockedUntil);
        }
        return new LoginThrottle(loginName, 0, locks + 1, now.plus(lockDuration(locks)));
    }

    /** 30 s, 60 s, 120 s, ... capped at 15 min, for the first, second, third ... lock. */
    static Duration lockDuration(int locksBefore) {
        Duration duration = FIRST_LOCK;
        for (int i = 0; i < locksBefore && duration.compareTo(LONGEST_LOCK) < 0; i++) {
            duration = duration.multipliedBy(2);
        }
        return duration.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : duration;
    }
}
