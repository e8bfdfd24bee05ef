package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The configured bootstrap admin across restarts (a restart is a second instance on the same
 * database): once deleted, it does not come back with the password that sits in the configuration.
 */
class BootstrapAdminE2ETest extends EndToEndTest {
    @Test
    void aDeletedBootstrapAdminIsNotCreatedAgainAtTheNextStart() {
        String root = adminToken();
        String rootId = api.get("/api/v1/users/me", root).json().path("id").asString();
        String successorEmail = uniqueEmail("successor");
        HttpApi.Response successor = api.post(
                "/api/v1/users", body("email", successorEmail, "password", PASSWORD, "roles", List.of("ADMIN")), root);
        assertThat(successor.status()).as(successor.body()).isEqualTo(201);
        assertThat(api.delete("/api/v1/users/" + rootId, signInWithMfa(successorEmail, PASSWORD))
                        .status())
                .isEqualTo(204);

        try (ConfigurableApplicationContext restarted = startAgainWithTheSameConfiguration()) {
            HttpApi restartedApi = clientOf(restarted);

            assertProblem(
                    restartedApi.post(
                            "/api/v1/auth/login", body("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD), null),
                    401,
                    "invalid-credentials");
        }
    }

    private ConfigurableApplicationContext startAgainWithTheSameConfiguration() {
        return startAnotherInstance(
                "--app.bootstrap.admin.email=" + ADMIN_EMAIL, "--app.bootstrap.admin.password=" + ADMIN_PASSWORD);
    }
}
