package dev.gatehouse.adapter.out.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import dev.gatehouse.domain.key.SigningKey;
import dev.gatehouse.domain.key.SigningKeyRotationUnavailableException;
import dev.gatehouse.domain.port.out.SigningKeyStore;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * One signing key that the deployer supplies as an unencrypted PKCS#8 PEM ("BEGIN PRIVATE KEY"),
 * for deployments that manage keys outside the database. Every instance given the same PEM derives
 * the same {@code kid} (the RFC 7638 thumbprint of the public key), so they accept each other's
 * tokens. There is nothing to rotate: the configured key is always the active one; it is replaced
 * by deploying another PEM.
 */
public class PemSigningKeyStore implements SigningKeyStore {
    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";

    private final SigningKey key;

    /** @param clock when the key counts as created: the PEM does not say */
    public PemSigningKeyStore(String pkcs8Pem, Clock clock) {
        RSAPrivateCrtKey privateKey = parsePrivateKey(pkcs8Pem);
        RSAPublicKey publicKey = publicKeyOf(privateKey);
        if (publicKey.getModulus().bitLength() < SigningKey.RSA_BITS) {
            throw new IllegalArgumentException("The signing key must have at least " + SigningKey.RSA_BITS + " bits");
        }
        this.key = new SigningKey(thumbprint(publicKey), privateKey, publicKey, clock.instant());
    }

    @Override
    public Optional<SigningKey> findActive() {
        return Optional.of(key);
    }

    /** The configured key stays active whatever is offered. */
    @Override
    public SigningKey activateIfNoneActive(SigningKey candidate) {
        return key;
    }

    /**
     * Refused: the key is the deployer's, and a key made here would be lost at the next restart
     * and unknown to the other instances.
     */
    @Override
    public void rotate(SigningKey newKey, Instant now) {
        throw new SigningKeyRotationUnavailableException();
    }

    /** Only the configured key: a replaced PEM's tokens stop verifying with the restart. */
    @Override
    public List<SigningKey> findVerificationKeys(Instant retiredAfter) {
        return List.of(key);
    }

    /** Nothing to delete: the configured key is never retired. */
    @Override
    public int deleteRetiredBefore(Instant retiredBefore) {
        return 0;
    }

    private static RSAPrivateCrtKey parsePrivateKey(String pem) {
        if (pem == null || !pem.contains(BEGIN) || !pem.contains(END)) {
            throw new IllegalArgumentException("The signing key must be an unencrypted PKCS#8 PEM (" + BEGIN
                    + "); convert a PKCS#1 or encrypted key with: openssl pkcs8 -topk8 -nocrypt -in key.pem");
        }
        String base64 = pem.substring(pem.indexOf(BEGIN) + BEGIN.length(), pem.indexOf(END));
        PrivateKey parsed;
        try {
            byte[] der = Base64.getMimeDecoder().decode(base64);
            parsed = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("The signing key PEM is not a readable PKCS#8 RSA private key", e);
        }
        if (parsed instanceof RSAPrivateCrtKey crtKey) {
            return crtKey;
        }
        // Without the CRT parameters the public exponent, and so the public key, cannot be derived.
        throw new IllegalArgumentException("The signing key must be an RSA key with its CRT parameters");
    }

    private static RSAPublicKey publicKeyOf(RSAPrivateCrtKey privateKey) {
        try {
            RSAPublicKeySpec spec = new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent());
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(spec);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JDK ships RSA", e);
        }
    }

    private static String thumbprint(RSAPublicKey publicKey) {
        try {
            return new RSAKey.Builder(publicKey).build().computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("Every JDK ships SHA-256", e);
        }
    }
}
