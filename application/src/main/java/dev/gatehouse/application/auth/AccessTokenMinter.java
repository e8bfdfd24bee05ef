package dev.gatehouse.application.auth;

import dev.gatehouse.domain.auth.AccessToken;
import dev.gatehouse.domain.auth.AccessTokenClaims;
import dev.gatehouse.domain.auth.SessionId;
import dev.gatehouse.domain.auth.TokenLifetimes;
import dev.gatehouse.domain.port.out.TokenIssuer;
import dev.gatehouse.domain.user.User;
import java.time.Instant;
import java.util.UUID;

/** Issues an account's access token for one of its sessions, signed with the active key. */
public final class AccessTokenMinter {
    private final TokenIssuer tokenIssuer;
    private final SigningKeyRing signingKeys;
    private final TokenLifetimes lifetimes;

    public AccessTokenMinter(TokenIssuer tokenIssuer, SigningKeyRing signingKeys, TokenLifetimes lifetimes) {
        this.tokenIssuer = tokenIssuer;
        this.signingKeys = signingKeys;
        this.lifetimes = lifetimes;
    }

    public AccessToken mint(User user, SessionId sessionId, Instant now) {
        // Never dated before the account's cut-off, or a token issued just after a password or
        // role change (within the same second) would be refused as if it came before it.
        Instant issuedAt = user.accessTokenIssueTime(now);
        AccessTokenClaims claims = new AccessTokenClaims(
                UUID.randomUUID(),
                user.id(),
                user.email(),
                user.roles(),
                sessionId,
                issuedAt,
                issuedAt.plus(lifetimes.accessToken()));
        return tokenIssuer.issue(claims, signingKeys.activeKey());
    }
}
