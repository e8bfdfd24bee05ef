package dev.gatehouse.domain.auth;

import dev.gatehouse.domain.user.UserId;
import java.time.Instant;

/**
 * A login's lifetime on one client: it outlives its access tokens and ends at {@code expiresAt}
 * (the absolute limit from login) or when revoked.
 */
public record Session(SessionId id, UserId userId, Instant createdAt, Instant lastUsedAt, Instant expiresAt,
                      Instant revokedAt, ClientInfo client) {
}
