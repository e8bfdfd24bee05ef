package dev.gatehouse.domain.session;

import java.time.Instant;
import java.util.Objects;

/** What is stored of one refresh token: its hash, its session, and whether it was spent. */
public record StoredRefreshToken(
        String hash, SessionId sessionId, Instant issuedAt, Instant expiresAt, Instant spentAt) {
    public StoredRefreshToken {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean spent() {
        return spentAt != null;
    }

    public boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
