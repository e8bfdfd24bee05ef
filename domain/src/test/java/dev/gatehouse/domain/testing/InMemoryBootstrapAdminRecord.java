package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.port.out.BootstrapAdminRecord;
import java.time.Instant;
import java.util.Optional;

/** A {@link BootstrapAdminRecord} in a field; held to the same contract as the real one. */
public class InMemoryBootstrapAdminRecord implements BootstrapAdminRecord {
    private Instant createdAt;

    @Override
    public synchronized Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    @Override
    public synchronized boolean recordCreated(Instant at) {
        if (createdAt != null) {
            return false;
        }
        createdAt = at;
        return true;
    }
}
