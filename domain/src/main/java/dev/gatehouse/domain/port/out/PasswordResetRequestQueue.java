package dev.gatehouse.domain.port.out;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.email.PasswordResetRequest;
import dev.gatehouse.domain.user.Email;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Password-reset requests waiting to be answered, shared by every instance. Queuing is all the
 * request endpoint does, the same single write for every address, so that its time tells nobody
 * whether the address has an account; a worker on any instance answers the queue afterwards.
 */
public interface PasswordResetRequestQueue {

    /** Queues a request, due at once. */
    void add(Email email, ClientInfo client, Instant now);

    /**
     * Removes and returns the longest-waiting request that is due at {@code now}. Call it inside a
     * {@link UnitOfWork}: the removal commits with what was written to answer the request, or
     * rolls back with it, and the request is then due again. A request another transaction is
     * taking at the same moment is passed over, not waited for: two workers never answer the same
     * request.
     */
    Optional<PasswordResetRequest> take(Instant now);

    /**
     * After an attempt to answer the request failed: counts the attempt, due again at {@code
     * dueAt}. Call it after the failed unit of work rolled back (the rollback is what put the
     * request back); inside that unit of work the request is already taken and nothing changes.
     */
    void postpone(UUID id, Instant dueAt);

    /** Drops the request unanswered (its attempts are used up); like {@link #postpone}, after the rollback. */
    void drop(UUID id);

    /** How many requests are waiting, due or not. */
    long count();
}
