package dev.gatehouse.domain.auth;

import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What an access token says about its holder. Issuer and audience are the token issuer's
 * configuration, not the model's.
 */
public record AccessTokenClaims(UUID tokenId, UserId subject, Email email, Set<Role> roles, SessionId sessionId,
                                Instant issuedAt, Instant expiresAt) {
    public AccessTokenClaims {
        roles = Set.copyOf(roles);
    }
}
