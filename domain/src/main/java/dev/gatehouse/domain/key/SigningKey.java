package dev.gatehouse.domain.key;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An RSA key pair that signs access tokens, named by its {@code kid}. */
public record SigningKey(String kid, RSAPrivateKey privateKey, RSAPublicKey publicKey, Instant createdAt) {
    /** 2048 bits: the RS256 norm, and fast enough to verify every new token a client presents. */
    public static final int RSA_BITS = 2048;

    public SigningKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static SigningKey generate(Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_BITS);
            KeyPair pair = generator.generateKeyPair();
            return new SigningKey(
                    UUID.randomUUID().toString(),
                    (RSAPrivateKey) pair.getPrivate(),
                    (RSAPublicKey) pair.getPublic(),
                    now);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK ships RSA", e);
        }
    }

    public VerificationKey verificationKey() {
        return new VerificationKey(kid, publicKey);
    }

    @Override
    public String toString() {
        return "SigningKey[kid=" + kid + ", createdAt=" + createdAt + "]";
    }
}
