package dev.gatehouse.adapter.out.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.gatehouse.domain.key.SigningKey;
import dev.gatehouse.domain.port.out.AccessTokenSigner;
import dev.gatehouse.domain.token.AccessToken;
import dev.gatehouse.domain.token.AccessTokenClaims;
import dev.gatehouse.domain.token.AccessTokenFormat;
import dev.gatehouse.domain.token.IssuerAndAudience;
import dev.gatehouse.domain.user.Role;
import java.util.Date;
import java.util.List;

/**
 * Signs access tokens as RS256 JWTs with the RFC 9068 {@code typ} "at+jwt", named by the signing
 * key's {@code kid} so that verifiers can pick the right public key from the JWKS.
 */
public class NimbusAccessTokenSigner implements AccessTokenSigner {
    private final IssuerAndAudience settings;

    public NimbusAccessTokenSigner(IssuerAndAudience settings) {
        this.settings = settings;
    }

    @Override
    public AccessToken sign(AccessTokenClaims claims, SigningKey signingKey) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(signingKey.kid())
                .type(new JOSEObjectType(AccessTokenFormat.TYPE))
                .build();
        SignedJWT jwt = new SignedJWT(header, claimsSet(claims));
        try {
            jwt.sign(new RSASSASigner(signingKey.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign an access token with key " + signingKey.kid(), e);
        }
        return new AccessToken(jwt.serialize(), claims.expiresAt());
    }

    private JWTClaimsSet claimsSet(AccessTokenClaims claims) {
        return new JWTClaimsSet.Builder()
                .issuer(settings.issuer())
                .subject(claims.subject().value().toString())
                .audience(settings.audience())
                .issueTime(Date.from(claims.issuedAt()))
                .expirationTime(Date.from(claims.expiresAt()))
                .jwtID(claims.tokenId().toString())
                .claim(AccessTokenFormat.ROLES_CLAIM, roleNames(claims))
                .claim(AccessTokenFormat.EMAIL_CLAIM, claims.email().value())
                .claim(
                        AccessTokenFormat.SESSION_CLAIM,
                        claims.sessionId().value().toString())
                .claim(AccessTokenFormat.METHODS_CLAIM, claims.authentication().methodValues())
                .claim(
                        AccessTokenFormat.ASSURANCE_LEVEL_CLAIM,
                        claims.authentication().assuranceLevel().value())
                // A number of seconds, like exp and iat (RFC 7519 NumericDate), not an ISO string.
                .claim(
                        AccessTokenFormat.AUTHENTICATION_TIME_CLAIM,
                        claims.authentication().time().getEpochSecond())
                .build();
    }

    // Sorted so that equal role sets always produce the same token content.
    private static List<String> roleNames(AccessTokenClaims claims) {
        return claims.roles().stream().map(Role::name).sorted().toList();
    }
}
