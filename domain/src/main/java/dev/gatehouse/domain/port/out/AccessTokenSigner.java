package dev.gatehouse.domain.port.out;

import dev.gatehouse.domain.key.SigningKey;
import dev.gatehouse.domain.token.AccessToken;
import dev.gatehouse.domain.token.AccessTokenClaims;

/** Turns claims into a signed access token; adds the configured issuer and audience. */
public interface AccessTokenSigner {
    AccessToken sign(AccessTokenClaims claims, SigningKey signingKey);
}
