package dev.gatehouse.adapter.out.security;

import dev.gatehouse.domain.port.out.SigningKeyStore;
import dev.gatehouse.domain.testing.FixedSigningKeyStoreContract;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

/** The shared contract of a store whose one key the deployment supplies, run against the PEM store. */
class PemSigningKeyStoreContractTest extends FixedSigningKeyStoreContract {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:15:30Z"), ZoneOffset.UTC);
    private static final String PEM = pkcs8Pem();

    private final PemSigningKeyStore store = new PemSigningKeyStore(PEM, CLOCK);

    @Override
    protected SigningKeyStore store() {
        return store;
    }

    private static String pkcs8Pem() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
            return "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(der)
                    + "\n-----END PRIVATE KEY-----\n";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK ships RSA", e);
        }
    }
}
