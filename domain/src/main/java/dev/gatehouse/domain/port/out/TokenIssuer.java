package dev.gatehouse.domain.port.out;

import dev.gatehouse.domain.auth.AccessToken;
import dev.gatehouse.domain.auth.AccessTokenClaims;
import dev.gatehouse.domain.auth.SigningKey;

/** Turns claims into a signed access token; adds the configured issuer and audience. */
public interface TokenIssuer {
    AccessToken issue(AccessTokenClaims claims, SigningKey signingKey);
}
