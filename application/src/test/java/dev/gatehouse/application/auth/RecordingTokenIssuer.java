package dev.gatehouse.application.auth;

import dev.gatehouse.domain.auth.AccessToken;
import dev.gatehouse.domain.auth.AccessTokenClaims;
import dev.gatehouse.domain.auth.SigningKey;
import dev.gatehouse.domain.port.out.TokenIssuer;
import java.util.ArrayList;
import java.util.List;

/** Issues readable stand-in tokens and remembers what it was asked to sign, and with which key. */
class RecordingTokenIssuer implements TokenIssuer {
    record Issued(AccessTokenClaims claims, SigningKey key) {}

    final List<Issued> issued = new ArrayList<>();

    @Override
    public AccessToken issue(AccessTokenClaims claims, SigningKey signingKey) {
        issued.add(new Issued(claims, signingKey));
        return new AccessToken("token-for-" + claims.subject() + "-" + claims.tokenId(), claims.expiresAt());
    }
}
