package dev.gatehouse.application.auth;

import dev.gatehouse.application.key.SigningKeyRing;
import dev.gatehouse.domain.port.out.AccessTokenSigner;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.token.AccessToken;
import dev.gatehouse.domain.token.AccessTokenClaims;
import dev.gatehouse.domain.token.TokenLifetimes;
import dev.gatehouse.domain.user.User;
import java.time.Instant;
import java.util.UUID;

/** Issues an account's access token for one of its sessions, signed with the active key. */
public final class AccessTokenMinter {
    private final AccessTokenSigner tokenSigner;
    private final SigningKeyRing signingKeys;
    private final TokenLifetimes lifetimes;

    public AccessTokenMinter(AccessTokenSigner tokenSigner, SigningKeyRing signingKeys, TokenLifetimes lifetimes) {
        this.tokenSigner = tokenSigner;
        this.signingKeys = signingKeys;
        this.lifetimes = lifetimes;
    }

    /** A token of {@code session} for {@code user}, stating how the session was signed in. */
    public AccessToken mint(User user, Session session, Instant now) {
        // Never dated before the account's cut-off, or a token issued just after a password or
        // role change (within the same second) would be refused as if it came before it.
        Instant issuedAt = user.accessTokenIssueTime(now);
        AccessTokenClaims claims = new AccessTokenClaims(
                UUID.randomUUID(),
                user.id(),
                user.email(),
                user.roles(),
                session.id(),
                session.authentication(),
                issuedAt,
                issuedAt.plus(lifetimes.accessToken()));
        return tokenSigner.sign(claims, signingKeys.activeKey());
    }
}
