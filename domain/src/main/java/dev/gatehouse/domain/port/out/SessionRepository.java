package dev.gatehouse.domain.port.out;

import dev.gatehouse.domain.session.LockedRefreshToken;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where sessions and the hashes of their refresh tokens are kept. Only hashes: a refresh token
 * itself never reaches the store. Callers run the writing methods inside a {@link UnitOfWork}.
 */
public interface SessionRepository {

    /** Stores a new session with its first refresh token, issued when the session was created. */
    void open(Session session, String refreshTokenHash, Instant refreshTokenExpiresAt);

    /**
     * The refresh token with this hash and its session, both locked until the unit of work ends: a
     * concurrent use of the same token, or a concurrent change of its session (a revocation), waits
     * here, and the caller then sees the token spent or the session as that change left it. One
     * read for both, because refreshing is the hottest write.
     */
    Optional<LockedRefreshToken> lockRefreshToken(String refreshTokenHash);

    Optional<Session> findById(SessionId id);

    /**
     * Locks the account whose session the refresh token with this hash belongs to, taking the lock
     * {@link UserRepository#lockById} takes, and returns its id: empty for an unknown token or an
     * account that is gone (also one deleted while this waited for it). A caller that will change
     * the token or its session takes this first (as an account's delete locks the account before it
     * cascades to sessions and tokens), so the two wait for each other instead of deadlocking. One
     * statement instead of a look-up and a lock: refreshing is the hottest write. The account itself
     * is read afterwards ({@link UserRepository#findById}), so that the read sees what a change this
     * waited for committed. The lock lasts as long as the unit of work.
     */
    Optional<UserId> lockAccountOfRefreshToken(String refreshTokenHash);

    /**
     * Spends the old token, stores its successor in the same session, and records the session's
     * use.
     */
    void rotate(String spentTokenHash, String newTokenHash, Instant newTokenExpiresAt, Instant now);

    /** Revokes a session; one already revoked keeps its first revocation time. */
    void revoke(SessionId id, Instant now);

    /** Revokes every live session of the account; returns how many. */
    int revokeAllOf(UserId userId, Instant now);

    /** The account's sessions that are neither revoked nor expired at {@code now}, newest first. */
    List<Session> findLive(UserId userId, Instant now);

    /**
     * Deletes sessions that expired before {@code now} or were revoked before {@code revokedBefore},
     * and refresh tokens that expired before {@code now}. Safe to run from several instances at once.
     *
     * @return how many sessions were deleted
     */
    int purgeEnded(Instant now, Instant revokedBefore);
}
