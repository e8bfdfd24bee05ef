package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.auth.LoginThrottle;
import dev.gatehouse.domain.port.out.LoginThrottleStore;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public class InMemoryLoginThrottleStore implements LoginThrottleStore {
    private final Map<String, LoginThrottle> throttles = new HashMap<>();
    private final Map<String, Instant> lastFailure = new HashMap<>();
    private final Clock clock;

    public InMemoryLoginThrottleStore(Clock clock) {
        this.clock = clock;
    }

    /** Like the SQL store, a name without a record gets a clean one stored (and so a row to lock). */
    @Override
    public synchronized LoginThrottle lock(String loginName) {
        if (!throttles.containsKey(loginName)) {
            throttles.put(loginName, LoginThrottle.clean(loginName));
            lastFailure.put(loginName, clock.instant());
        }
        return throttles.get(loginName);
    }

    @Override
    public synchronized void save(LoginThrottle throttle) {
        throttles.put(throttle.loginName(), throttle);
        lastFailure.put(throttle.loginName(), clock.instant());
    }

    @Override
    public synchronized void clear(String loginName) {
        // Like the SQL store: the record is reset, not removed (only the idle purge removes records).
        throttles.computeIfPresent(loginName, (name, throttle) -> LoginThrottle.clean(name));
    }

    /**
     * Like the SQL store: both the last failure and the lock's end strictly before the cut-off (a
     * lock ending exactly at it keeps the record, although {@code lockedAt(idleSince)} is false).
     */
    @Override
    public synchronized int purgeIdle(Instant idleSince) {
        int before = throttles.size();
        throttles.values().removeIf(t -> isIdleSince(t, idleSince));
        lastFailure.keySet().retainAll(throttles.keySet());
        return before - throttles.size();
    }

    private boolean isIdleSince(LoginThrottle throttle, Instant idleSince) {
        Instant lockedUntil = throttle.lockedUntil();
        return lastFailure.get(throttle.loginName()).isBefore(idleSince)
                && (lockedUntil == null || lockedUntil.isBefore(idleSince));
    }

    @Override
    public synchronized Optional<LoginThrottle> lockIfPresent(String loginName) {
        return find(loginName);
    }

    @Override
    public synchronized Optional<LoginThrottle> find(String loginName) {
        return Optional.ofNullable(throttles.get(loginName));
    }
}
