package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.auth.LoginThrottle;
import dev.gatehouse.domain.port.out.LoginThrottleStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public class InMemoryLoginThrottleStore implements LoginThrottleStore {
    private final Map<String, LoginThrottle> throttles = new HashMap<>();
    private final Map<String, Instant> lastFailure = new HashMap<>();
    private final java.time.Clock clock;

    public InMemoryLoginThrottleStore(java.time.Clock clock) {
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

    @Override
    public synchronized int purgeIdle(Instant idleSince) {
        int before = throttles.size();
        throttles.values().removeIf(t -> lastFailure.get(t.loginName()).isBefore(idleSince) && !t.lockedAt(idleSince));
        return before - throttles.size();
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
