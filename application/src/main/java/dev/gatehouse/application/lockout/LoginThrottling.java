package dev.gatehouse.application.lockout;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.auth.LoginName;
import dev.gatehouse.domain.auth.LoginThrottle;
import dev.gatehouse.domain.auth.TooManyLoginAttemptsException;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.port.out.LoginThrottleStore;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The account lockout (see {@link LoginThrottle}) around anything that checks a password: logins,
 * and the current password of a password change; a password reset clears it.
 *
 * <ul>
 *   <li>{@link #lockedBeforeCheck} is the check before the slow password verification, called
 *       outside any unit of work: it only reads, so a name without a record gets none, and nothing
 *       waits on a row lock. {@link #lockedFor} is the same check inside a caller's unit of
 *       work.</li>
 *   <li>{@link #recordFailure} and {@link #clearAfterSuccess} run in the unit of work that ends the
 *       attempt, under the record's row lock, so that concurrent attempts count one by one; both
 *       first look whether a concurrent failure locked the name while this password was being
 *       checked (then the attempt is refused as throttled, and neither counted nor cleared).</li>
 *   <li>A success resets the record instead of deleting it: other logins of the name may be
 *       waiting to lock that very row.</li>
 * </ul>
 * Every method returns how long the name is locked, if it is, having recorded the refusal as
 * {@code LOGIN_THROTTLED}; callers commit that event (a refusal is returned, not thrown, from
 * their unit of work) and then answer 429.
 */
public final class LoginThrottling {
    private final LoginThrottleStore throttles;
    private final SecurityEventLog securityEvents;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public LoginThrottling(
            LoginThrottleStore throttles, SecurityEventLog securityEvents, UnitOfWork unitOfWork, Clock clock) {
        this.throttles = throttles;
        this.securityEvents = securityEvents;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /**
     * The check before a password is verified, called outside any unit of work. The read needs
     * none: nearly every login name has no failures, so nearly every attempt pays one statement
     * here instead of a transaction, one round trip to the database fewer. Only a locked name
     * opens a unit of work, to commit its {@code LOGIN_THROTTLED} event.
     */
    public Optional<Duration> lockedBeforeCheck(LoginName name, UserId account, ClientInfo client) {
        Optional<LoginThrottle> throttle = throttles.find(name.value());
        Instant now = clock.instant();
        if (throttle.filter(t -> t.lockedAt(now)).isEmpty()) {
            return Optional.empty();
        }
        return unitOfWork.inTransaction(() -> refusalIfLocked(throttle, account, client));
    }

    /**
     * Read-only as far as the throttle is concerned; run in a unit of work for the event it may
     * record. Outside one, use {@link #lockedBeforeCheck}.
     */
    public Optional<Duration> lockedFor(LoginName name, UserId account, ClientInfo client) {
        return refusalIfLocked(throttles.find(name.value()), account, client);
    }

    /**
     * Counts a failed password check of {@code name} and records it as {@code LOGIN_FAILED} with
     * {@code reason} (never the password), unless the name was locked meanwhile.
     */
    public Optional<Duration> recordFailure(LoginName name, UserId account, String reason, ClientInfo client) {
        LoginThrottle throttle = throttles.lock(name.value());
        Optional<Duration> locked = refusalIfLocked(Optional.of(throttle), account, client);
        if (locked.isPresent()) {
            return locked;
        }
        Instant now = clock.instant();
        throttles.save(throttle.afterFailure(now));
        securityEvents.record(SecurityEvent.unattributed(
                SecurityEventType.LOGIN_FAILED, now, account, client, Map.of("reason", reason)));
        return Optional.empty();
    }

    /** Forgets the name's failures after a successful login, unless the name was locked meanwhile. */
    public Optional<Duration> clearAfterSuccess(LoginName name, UserId account, ClientInfo client) {
        Optional<LoginThrottle> throttle = throttles.lockIfPresent(name.value());
        Optional<Duration> locked = refusalIfLocked(throttle, account, client);
        if (locked.isEmpty() && throttle.isPresent()) {
            throttles.clear(name.value());
        }
        return locked;
    }

    /**
     * Forgets the name's failures, locked or not: after a password reset through a mailed link, the
     * failures were guesses at a password that no longer exists, and the owner has just proven the
     * mailbox. Run it in the unit of work that sets the new password.
     */
    public void clearAfterPasswordReset(LoginName name) {
        throttles.clear(name.value());
    }

    /** For checks outside a login (a current password, a second-factor code): a lock is a 429. */
    static void refuseIfLocked(Optional<Duration> lockedFor) {
        if (lockedFor.isPresent()) {
            throw new TooManyLoginAttemptsException(lockedFor.get());
        }
    }

    private Optional<Duration> refusalIfLocked(Optional<LoginThrottle> throttle, UserId account, ClientInfo client) {
        Instant now = clock.instant();
        Optional<Duration> retryAfter = throttle.filter(t -> t.lockedAt(now)).map(t -> t.retryAfter(now));
        retryAfter.ifPresent(wait -> securityEvents.record(SecurityEvent.unattributed(
                SecurityEventType.LOGIN_THROTTLED,
                now,
                account,
                client,
                Map.of("retryAfterSeconds", String.valueOf(wait.toSeconds())))));
        return retryAfter;
    }
}
