package dev.gatehouse.adapter.out.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.gatehouse.domain.key.SigningKey;
import dev.gatehouse.domain.port.out.AccessTokenSigner;
import dev.gatehouse.domain.token.AccessToken;
import dev.gatehouse.domain.token.AccessTokenClaims;
import dev.gatehouse.domain.token.AccessTokenFormat;
import dev.gatehouse.domain.token.IssuerAndAudience;
import dev.gatehouse.domain.user.Role;
import java.security.interfaces.RSAPrivateKey;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs access tokens as RS256 JWTs with the RFC 9068 {@code typ} "at+jwt", named by the signing
 * key's {@code kid} so that verifiers can pick the right public key from the JWKS. Each key's
 * signer is made once ({@link Rs256Signers#signerFor}) and kept under its kid, for as long as
 * that kid names the same private key.
 */
public class NimbusAccessTokenSigner implements AccessTokenSigner {
    /** Keys are few (the active one and, after a rotation, its successor); this only bounds a surprise. */
    static final int MAX_KEPT_SIGNERS = 16;

    private final IssuerAndAudience settings;
    private final Rs256Signers signers;
    private final Map<String, KeptSigner> signerByKid = new ConcurrentHashMap<>();

    private record KeptSigner(RSAPrivateKey key, JWSSigner signer) {
        boolean signsWith(RSAPrivateKey other) {
            return key.equals(other); // the JDK's keys compare identity first, then their encoding
        }
    }

    public NimbusAccessTokenSigner(IssuerAndAudience settings, Rs256Signers signers) {
        this.settings = settings;
        this.signers = signers;
    }

    @Override
    public AccessToken sign(AccessTokenClaims claims, SigningKey signingKey) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(signingKey.kid())
                .type(new JOSEObjectType(AccessTokenFormat.TYPE))
                .build();
        SignedJWT jwt = new SignedJWT(header, claimsSet(claims));
        try {
            jwt.sign(signerFor(signingKey));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign an access token with key " + signingKey.kid(), e);
        }
        return new AccessToken(jwt.serialize(), claims.expiresAt());
    }

    private JWSSigner signerFor(SigningKey signingKey) {
        KeptSigner kept = signerByKid.get(signingKey.kid());
        if (kept != null && kept.signsWith(signingKey.privateKey())) {
            return kept.signer();
        }
        if (signerByKid.size() >= MAX_KEPT_SIGNERS) {
            signerByKid.clear();
        }
        KeptSigner made = new KeptSigner(signingKey.privateKey(), signers.signerFor(signingKey));
        signerByKid.put(signingKey.kid(), made);
        return made.signer();
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
