package dev.gatehouse.domain.mfa;

import dev.gatehouse.domain.user.UserId;
import java.util.Objects;

/** What the operator's reset did: whose MFA it switched off, and how many sessions it revoked. */
public record BreakGlassReset(UserId userId, int revokedSessions) {
    public BreakGlassReset {
        Objects.requireNonNull(userId, "userId");
    }
}
