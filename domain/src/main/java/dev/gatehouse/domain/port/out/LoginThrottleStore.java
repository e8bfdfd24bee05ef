package dev.gatehouse.domain.port.out;

import dev.gatehouse.domain.auth.LoginThrottle;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed-login records, shared by every instance. Callers run {@link #lock} and {@link #save}
 * inside one {@link UnitOfWork}, so that concurrent attempts on one login name count one by one.
 */
public interface LoginThrottleStore {

    /** The record for this login name, if it has one; reads only (no row is created or locked). */
    Optional<LoginThrottle> find(String loginName);

    /**
     * The record for this login name (a clean one, stored, if there is none yet), locked until the
     * unit of work ends. For counting a failure.
     */
    LoginThrottle lock(String loginName);

    /**
     * The record for this login name, locked until the unit of work ends, if it has one; creates
     * nothing. For a success, which has nothing to forget when there is no record.
     */
    Optional<LoginThrottle> lockIfPresent(String loginName);

    void save(LoginThrottle throttle);

    /** Forgets the login name's failures (after a successful login). */
    void clear(String loginName);

    /** Deletes records whose last lock ended, and that saw no failure, before {@code idleSince}. */
    int purgeIdle(Instant idleSince);
}
