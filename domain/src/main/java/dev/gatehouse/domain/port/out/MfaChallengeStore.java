package dev.gatehouse.domain.port.out;

import dev.gatehouse.domain.mfa.MfaChallenge;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * The pending second steps of logins ({@link MfaChallenge}), by the hash of their mfa token only,
 * shared by every instance. A challenge is usable while it is not expired, not spent and has
 * fewer than {@link MfaChallenge#MAX_FAILURES} failures; each method that decides a race does so
 * in one statement. Callers run the writing methods inside a {@link UnitOfWork}.
 */
public interface MfaChallengeStore {

    void create(String tokenHash, UserId userId, Instant expiresAt, Instant now);

    /**
     * The usable challenge with this token hash, locked until the unit of work ends: a second
     * request with the same token waits here until the first one's unit of work ends, and then
     * finds the challenge only if it is still usable (not spent, failures still below the limit).
     * So one token's codes are checked one at a time, and no burst of guesses at once gets past
     * the limit. Outside a unit of work it only reads.
     */
    Optional<MfaChallenge> lockUsable(String tokenHash, Instant now);

    /**
     * Counts a wrong code against the challenge, atomically: concurrent counts never lose one.
     *
     * @return the challenge's failures after this one; 0 when there is no such challenge
     */
    int countFailure(String tokenHash);

    /**
     * Spends the challenge: only a usable one. Of two spends at once, exactly one gets
     * {@code true}.
     */
    boolean spend(String tokenHash, Instant now);

    /**
     * Deletes challenges that expired before {@code before}, spent or not. Safe to run from
     * several instances at once.
     *
     * @return how many were deleted
     */
    int purgeExpired(Instant before);
}
