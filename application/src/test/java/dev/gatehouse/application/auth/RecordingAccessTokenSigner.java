package dev.gatehouse.application.auth;

import dev.gatehouse.domain.key.SigningKey;
import dev.gatehouse.domain.port.out.AccessTokenSigner;
import dev.gatehouse.domain.token.AccessToken;
import dev.gatehouse.domain.token.AccessTokenClaims;
import java.util.ArrayList;
import java.util.List;

/** Issues readable stand-in tokens and remembers what it was asked to sign, and with which key. */
public class RecordingAccessTokenSigner implements AccessTokenSigner {
    public record Issued(AccessTokenClaims claims, SigningKey key) {}

    public final List<Issued> issued = new ArrayList<>();

    @Override
    public AccessToken sign(AccessTokenClaims claims, SigningKey signingKey) {
        issued.add(new Issued(claims, signingKey));
        return new AccessToken("token-for-" + claims.subject() + "-" + claims.tokenId(), claims.expiresAt());
    }
}
