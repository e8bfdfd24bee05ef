package dev.gatehouse.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A deployer-supplied PEM key replaces the generated, database-held one. */
class PemSigningKeyE2ETest extends EndToEndTest {
    private static final java.security.KeyPair CONFIGURED = generate();

    @Autowired
    private JdbcTemplate jdbc;

    @DynamicPropertySource
    static void signingKey(DynamicPropertyRegistry registry) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(CONFIGURED.getPrivate().getEncoded());
        registry.add(
                "app.auth.signing-key.private-key-pem",
                () -> "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n");
    }

    @Test
    void signsWithTheConfiguredKeyAndStoresNoneOfItsOwn() {
        String token = userToken();

        String modulus = api.get("/.well-known/jwks.json", null)
                .json()
                .path("keys")
                .get(0)
                .path("n")
                .asString();
        RSAPublicKey configuredPublic = (RSAPublicKey) CONFIGURED.getPublic();
        assertThat(new java.math.BigInteger(1, Base64.getUrlDecoder().decode(modulus)))
                .isEqualTo(configuredPublic.getModulus());
        assertThat(api.get("/api/v1/users/me", token).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM signing_keys", Long.class))
                .isZero();
    }

    @Test
    void refusesToRotateAKeyTheDeploymentManages() {
        assertProblem(
                api.raw("POST", "/api/v1/signing-keys", null, new byte[0], adminToken()), 409, "rotation-unavailable");
    }

    private static java.security.KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
