package dev.gatehouse.domain.port.out;

import dev.gatehouse.domain.auth.LoginThrottle;
import java.time.Instant;

/**
 * Failed-login records, shared by every instance. Callers run {@link #lock} and {@link #save}
 * inside one {@link UnitOfWork}, so that concurrent attempts on one login name count one by one.
 */
public interface LoginThrottleStore {

    /** The record for this login name (a clean one if there is none yet), locked until the unit of work ends. */
    LoginThrottle lock(String loginName);

    void save(LoginThrottle throttle);

    /** Forgets the login name's failures (after a successful login). */
    void clear(String loginName);

    /** Deletes records whose last lock ended, and that saw no failure, before {@code idleSince}. */
    int purgeIdle(Instant idleSince);
}
