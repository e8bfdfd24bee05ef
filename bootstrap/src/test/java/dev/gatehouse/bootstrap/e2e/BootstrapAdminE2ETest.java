package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.GatehouseApplication;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The configured bootstrap admin across restarts (a restart is a second instance on the same
 * database): once deleted, it does not come back with the password that sits in the configuration.
 */
class BootstrapAdminE2ETest extends EndToEndTest {
    @Autowired
    private Environment firstInstance;

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
            HttpApi restartedApi =
                    new HttpApi(restarted.getEnvironment().getRequiredProperty("local.server.port", Integer.class));

            assertProblem(
                    restartedApi.post(
                            "/api/v1/auth/login", body("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD), null),
                    401,
                    "invalid-credentials");
        }
    }

    private ConfigurableApplicationContext startAgainWithTheSameConfiguration() {
        return new SpringApplicationBuilder(GatehouseApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + firstInstance.getRequiredProperty("spring.datasource.url"),
                        "--spring.datasource.username="
                                + firstInstance.getRequiredProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + firstInstance.getProperty("spring.datasource.password", ""),
                        "--app.bootstrap.admin.email=" + ADMIN_EMAIL,
                        "--app.bootstrap.admin.password=" + ADMIN_PASSWORD,
                        "--app.auth.issuer=" + ISSUER,
                        "--app.auth.audience=" + AUDIENCE,
                        "--app.auth.bcrypt-cost=4");
    }
}
