package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.port.out.LoginThrottleStore;
import java.time.Instant;

class InMemoryLoginThrottleStoreTest extends LoginThrottleStoreContract {
    private final FixedClock clock = new FixedClock(Instant.parse("2026-03-01T12:00:00Z"));
    private final InMemoryLoginThrottleStore store = new InMemoryLoginThrottleStore(clock);

    @Override
    protected LoginThrottleStore store() {
        return store;
    }

    @Override
    protected FixedClock clock() {
        return clock;
    }
}
