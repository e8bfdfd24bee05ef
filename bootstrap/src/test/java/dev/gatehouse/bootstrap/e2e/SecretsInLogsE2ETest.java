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
 * Drives every endpoint, with logging turned up, then scans everything the service printed for
 * the secrets the test used: passwords, refresh tokens, access tokens and password hashes.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"logging.level.dev.gatehouse=DEBUG", "logging.level.gatehouse=DEBUG",
        "logging.level.org.springframework.security=DEBUG", "logging.level.org.springframework.web=DEBUG"})
class SecretsInLogsE2ETest extends EndToEndTest {
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
                .json().path("id").asString();
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
        api.post("/api/v1/auth/logout", body("refresh_token", again.path("refresh_token").asString()), null);

        String admin = adminToken();
        secrets.add(admin);
        String createdPassword = "created by the admin";
        secrets.add(createdPassword);
        String otherId = api.post("/api/v1/users", body("email", uniqueEmail("other"), "password", createdPassword), admin)
                .json().path("id").asString();
        api.get("/api/v1/users?size=5", admin);
        api.get("/api/v1/users/" + id, admin);
        api.patch("/api/v1/users/" + otherId, body("roles", List.of("ADMIN"), "enabled", false), admin);
        api.delete("/api/v1/users/" + otherId, admin);
        api.get("/api/v1/audit-events", admin);
        api.raw("POST", "/api/v1/signing-keys", null, new byte[0], admin);
        api.get("/.well-known/jwks.json", null);
        api.get("/actuator/health", null);

        secrets.addAll(jdbc.queryForList("SELECT password_hash FROM users", String.class));
        secrets.addAll(jdbc.queryForList("SELECT token_hash FROM refresh_tokens", String.class));

        String printed = output.getAll();
        assertThat(printed).as("the run printed something to scan").isNotBlank();
        for (String secret : secrets) {
            assertThat(printed).as("a secret of length %d", secret.length()).doesNotContain(secret);
        }
    }
}
