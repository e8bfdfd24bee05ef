package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs on a database of its own, where the bootstrap admin starts as the only ADMIN. */
class LastAdminE2ETest extends EndToEndTest {

    @Test
    void neverLeavesTheServiceWithoutAnEnabledAdmin() {
        String admin = adminToken();
        String adminId = api.get("/api/v1/users/me", admin).json().path("id").asString();

        assertProblem(api.patch("/api/v1/users/" + adminId, body("enabled", false), admin), 409, "last-admin");
        assertProblem(api.patch("/api/v1/users/" + adminId, body("roles", List.of("USER")), admin), 409, "last-admin");
        assertProblem(api.delete("/api/v1/users/" + adminId, admin), 409, "last-admin");

        // With a second admin, the first may step down.
        String deputyEmail = uniqueEmail("deputy");
        String deputyId = api.post(
                        "/api/v1/users",
                        body("email", deputyEmail, "password", PASSWORD, "roles", List.of("ADMIN")),
                        admin)
                .json()
                .path("id")
                .asString();
        String deputy = logIn(deputyEmail, PASSWORD);
        assertThat(api.patch("/api/v1/users/" + deputyId, body("enabled", false), admin)
                        .status())
                .isEqualTo(200);
        assertProblem(api.delete("/api/v1/users/" + adminId, admin), 409, "last-admin");
        assertThat(api.patch("/api/v1/users/" + deputyId, body("enabled", true), admin)
                        .status())
                .isEqualTo(200);
        assertThat(deputy).isNotBlank();
    }
}
