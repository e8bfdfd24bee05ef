package dev.gatehouse.domain.port.out;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether this deployment's bootstrap admin was ever created from configuration. Once it was,
 * configuration never creates it again: an operator who deleted that account must not see it come
 * back, with the password still sitting in the configuration, at the next restart.
 */
public interface BootstrapAdminRecord {

    /** When the bootstrap admin was created, if it ever was. */
    Optional<Instant> createdAt();

    /**
     * Records the creation, inside the caller's {@link UnitOfWork} (so it is undone with it).
     *
     * @return false when a creation was recorded already, also by a concurrent unit of work: decided
     *         by the store, so two instances starting at once cannot both create the admin
     */
    boolean recordCreated(Instant at);
}
