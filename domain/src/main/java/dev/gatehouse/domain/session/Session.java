package dev.gatehouse.domain.session;

import dev.gatehouse.domain.auth.Authentication;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A login's lifetime on one client: it outlives its access tokens and ends at {@code expiresAt}
 * (the absolute limit from login) or when revoked.
 *
 * @param authentication how its login proved who the user is: every access token of the session,
 *     the first and each refreshed one, states it
 */
public record Session(
        SessionId id,
        UserId userId,
        Instant createdAt,
        Instant lastUsedAt,
        Instant expiresAt,
        Instant revokedAt,
        ClientInfo client,
        Authentication authentication) {
    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(authentication, "authentication");
    }

    /**
     * When a refresh token of this session issued at {@code issuedAt} expires: its own lifetime
     * later, but never after the session's absolute end.
     */
    public Instant refreshTokenExpiry(Instant issuedAt, Duration refreshTokenLifetime) {
        Instant own = issuedAt.plus(refreshTokenLifetime);
        return own.isBefore(expiresAt) ? own : expiresAt;
    }

    /** Neither revoked nor past its absolute end. */
    public boolean liveAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
