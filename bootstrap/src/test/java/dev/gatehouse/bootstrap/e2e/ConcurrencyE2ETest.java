package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ConcurrencyE2ETest extends EndToEndTest {
    @Autowired
    private JdbcTemplate jdbc;

    /**
     * Successful logins of one account used to delete its failed-login row while the others waited
     * to lock it; after five such losses a login failed with a 500.
     */
    @Test
    void thirtyTwoParallelLoginsOfOneAccountAllSucceedOrAreToldToRetry() throws Exception {
        String email = uniqueEmail("popular");
        register(email);
        List<Callable<HttpApi.Response>> requests = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            requests.add(() -> api.post("/api/v1/auth/login", body("email", email, "password", PASSWORD), null));
        }

        List<HttpApi.Response> responses = inParallel(requests);

        assertThat(responses)
                .allSatisfy(r -> assertThat(r.status()).as(r.body()).isIn(200, 503));
        assertThat(responses)
                .filteredOn(r -> r.status() == 503)
                .allSatisfy(r -> assertThat(r.header("Retry-After")).isNotNull());
        assertThat(responses).filteredOn(r -> r.status() == 200).isNotEmpty();
    }

    @Test
    void ofTwentyParallelRegistrationsOfOneEmailExactlyOneWins() throws Exception {
        String email = uniqueEmail("crowd");
        List<Callable<HttpApi.Response>> requests = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            requests.add(() -> api.post("/api/v1/auth/register", body("email", email, "password", PASSWORD), null));
        }

        List<HttpApi.Response> responses = inParallel(requests);

        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(responses)
                .filteredOn(r -> r.status() != 201)
                .hasSize(19)
                .allSatisfy(r -> assertProblem(r, 409, "email-taken"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE email = ?", Long.class, email))
                .isEqualTo(1);
    }

    @Test
    void twoAdminsDisablingEachOtherAtOnceCannotLeaveNoEnabledAdmin() throws Exception {
        String root = adminToken();
        String rootId = api.get("/api/v1/users/me", root).json().path("id").asString();
        String deputyEmail = uniqueEmail("deputy");
        String deputyId = api.post(
                        "/api/v1/users",
                        body("email", deputyEmail, "password", PASSWORD, "roles", List.of("ADMIN")),
                        root)
                .json()
                .path("id")
                .asString();
        String deputy = signInWithMfa(deputyEmail, PASSWORD);

        List<HttpApi.Response> responses = inParallel(List.of(
                () -> api.patch("/api/v1/users/" + deputyId, body("enabled", false), root),
                () -> api.patch("/api/v1/users/" + rootId, body("enabled", false), deputy)));

        assertThat(responses).extracting(HttpApi.Response::status).containsExactlyInAnyOrder(200, 409);
        assertProblem(
                responses.stream().filter(r -> r.status() == 409).findFirst().orElseThrow(), 409, "last-admin");
        boolean deputyWasDisabled = responses.getFirst().status() == 200;
        String survivor = deputyWasDisabled ? root : deputy;
        tools.jackson.databind.JsonNode admins =
                api.get("/api/v1/users?role=ADMIN&size=100", survivor).json();
        long enabledAdmins = 0;
        for (tools.jackson.databind.JsonNode admin : admins.path("items")) {
            enabledAdmins += admin.path("enabled").asBoolean() ? 1 : 0;
        }
        assertThat(enabledAdmins).isEqualTo(1);
    }
}
