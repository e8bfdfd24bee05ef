package dev.gatehouse.domain.token;

import dev.gatehouse.domain.auth.Authentication;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What an access token says about its holder. Issuer and audience are the token issuer's
 * configuration, not the model's.
 *
 * @param authentication how and when the holder's session was signed in ({@code amr}, {@code acr},
 *     {@code auth_time})
 */
public record AccessTokenClaims(
        UUID tokenId,
        UserId subject,
        Email email,
        Set<Role> roles,
        SessionId sessionId,
        Authentication authentication,
        Instant issuedAt,
        Instant expiresAt) {
    public AccessTokenClaims {
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(authentication, "authentication");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        roles = Set.copyOf(roles);
    }
}
