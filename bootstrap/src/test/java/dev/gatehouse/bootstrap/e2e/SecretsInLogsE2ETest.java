package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Drives every endpoint with every logger at DEBUG (and the ones that see SQL, bind values and
 * connections at TRACE), then scans everything the service printed for the secrets the test used:
 * passwords, refresh tokens, access tokens, password hashes and the private signing keys.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(
        properties = {
            "logging.level.root=DEBUG",
            "logging.level.dev.gatehouse=TRACE",
            "logging.level.org.jooq=TRACE",
            "logging.level.org.springframework.jdbc=TRACE",
            "logging.level.org.springframework.transaction=TRACE",
            "logging.level.com.zaxxer=TRACE",
            "logging.level.org.postgresql=TRACE",
            "logging.level.org.flywaydb=TRACE",
            // The test's SMTP server (GreenMail, in this JVM) logs every line it receives, links
            // included: it stands for the mail server, whose logs are not the service's.
            "logging.level.com.icegreen=INFO"
        })
class SecretsInLogsE2ETest extends MailEndToEndTest {
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void noSecretEverReachesTheLog(CapturedOutput output) {
        List<String> secrets = new ArrayList<>();
        String email = uniqueEmail("secretive");
        String password = "my very secret passphrase";
        String newPassword = "another secret passphrase";
        secrets.add(password);
        secrets.add(newPassword);
        secrets.add(ADMIN_PASSWORD);

        String id = api.post("/api/v1/auth/register", body("email", email, "password", password), null)
                .json()
                .path("id")
                .asString();
        api.post("/api/v1/auth/login", body("email", email, "password", "a wrong " + password), null);
        secrets.add("a wrong " + password);
        JsonNode tokens = logInForTokens(email, password);
        String access = tokens.path("access_token").asString();
        String refresh = tokens.path("refresh_token").asString();
        secrets.add(access);
        secrets.add(refresh);
        JsonNode refreshed = refresh(refresh).json();
        secrets.add(refreshed.path("access_token").asString());
        secrets.add(refreshed.path("refresh_token").asString());
        refresh(refresh); // a replay
        api.get("/api/v1/users/me", access);
        api.get("/api/v1/users/me", access + "tampered");
        api.patch("/api/v1/users/me", body("displayName", "Secretive"), access);
        api.get("/api/v1/users/me/sessions", access);
        api.put("/api/v1/users/me/password", body("currentPassword", password, "newPassword", newPassword), access);
        JsonNode again = logInForTokens(email, newPassword);
        secrets.add(again.path("access_token").asString());
        secrets.add(again.path("refresh_token").asString());
        api.post(
                "/api/v1/auth/logout",
                body("refresh_token", again.path("refresh_token").asString()),
                null);

        String admin = adminToken();
        secrets.add(admin);
        String createdPassword = "created by the admin";
        secrets.add(createdPassword);
        String otherId = api.post(
                        "/api/v1/users", body("email", uniqueEmail("other"), "password", createdPassword), admin)
                .json()
                .path("id")
                .asString();
        api.get("/api/v1/users?size=5", admin);
        api.get("/api/v1/users/" + id, admin);
        api.patch("/api/v1/users/" + otherId, body("roles", List.of("ADMIN"), "enabled", false), admin);
        api.delete("/api/v1/users/" + otherId, admin);
        api.get("/api/v1/audit-events", admin);
        api.raw("POST", "/api/v1/signing-keys", null, new byte[0], admin);
        api.get("/.well-known/jwks.json", null);
        api.get("/actuator/health", null);

        // The mailed flows, over a real SMTP server: every token a link carried is a secret too.
        String verification = awaitMailNumber(email, 1).linkToken();
        secrets.add(verification);
        api.post("/api/v1/auth/verify-email", body("token", verification), null);
        api.post("/api/v1/auth/password-reset", body("email", email), null);
        String reset = awaitMail(email, 3).stream()
                .filter(mail -> mail.text().contains("/reset-password#token="))
                .findFirst()
                .orElseThrow()
                .linkToken();
        secrets.add(reset);
        String resetPassword = "a reset secret passphrase";
        secrets.add(resetPassword);
        api.post("/api/v1/auth/password-reset/confirm", body("token", reset, "newPassword", resetPassword), null);
        String moved = uniqueEmail("moved");
        String current = logIn(email, resetPassword);
        secrets.add(current);
        api.put("/api/v1/users/me/email", body("newEmail", moved, "currentPassword", resetPassword), current);
        String change = awaitMailNumber(moved, 1).linkToken();
        secrets.add(change);
        api.post("/api/v1/auth/confirm-email-change", body("token", change), null);
        awaitMailNumber(email, 6);

        secrets.addAll(jdbc.queryForList("SELECT password_hash FROM users", String.class));
        for (byte[] privateKey :
                jdbc.queryForList("SELECT private_key FROM signing_keys WHERE private_key IS NOT NULL", byte[].class)) {
            secrets.addAll(printedFormsOf(privateKey));
        }
        assertThat(secrets).as("the signing keys were found").anyMatch(s -> s.startsWith("MII"));
        secrets.addAll(jdbc.queryForList("SELECT token_hash FROM refresh_tokens", String.class));

        String printed = output.getAll();
        assertThat(printed).as("the run printed something to scan").isNotBlank();
        assertThat(printed).as("no bcrypt hash at all").doesNotContain("$2a$").doesNotContain("$2b$");
        for (String secret : secrets) {
            assertThat(printed).as("a secret of length %d", secret.length()).doesNotContain(secret);
        }
    }

    /**
     * A PKCS#8 private key the ways a logger could print it: Base64 as in PEM (its start, "MII…",
     * and a stretch from the middle, where the private exponent and primes sit), hex either case
     * (how jOOQ and JDBC print a bytea), and the RSA numbers d, p and q in decimal.
     */
    private static List<String> printedFormsOf(byte[] pkcs8) {
        List<String> forms = new ArrayList<>();
        String base64 = java.util.Base64.getEncoder().encodeToString(pkcs8);
        forms.add(base64.substring(0, 40));
        forms.add(base64.substring(base64.length() / 2, base64.length() / 2 + 40));
        String hex = java.util.HexFormat.of().formatHex(pkcs8);
        forms.add(hex.substring(hex.length() / 2, hex.length() / 2 + 40));
        forms.add(hex.substring(hex.length() / 2, hex.length() / 2 + 40).toUpperCase(java.util.Locale.ROOT));
        try {
            java.security.interfaces.RSAPrivateCrtKey key =
                    (java.security.interfaces.RSAPrivateCrtKey) java.security.KeyFactory.getInstance("RSA")
                            .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(pkcs8));
            for (java.math.BigInteger secret : List.of(key.getPrivateExponent(), key.getPrimeP(), key.getPrimeQ())) {
                forms.add(secret.toString().substring(0, 40));
                forms.add(secret.toString(16).substring(0, 40));
                forms.add(java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(secret.toByteArray())
                        .substring(2, 42));
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return forms;
    }
}
