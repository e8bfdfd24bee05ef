package dev.gatehouse.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A path where nothing is answers 404 {@code not-found} to every caller, so that a typo does not
 * look like a sign-in problem; every path that exists keeps its 401 and 403.
 */
class UnknownPathE2ETest extends EndToEndTest {
    private static final String[] NOTHING_THERE = {
        "/",
        "/api/v1/usres",
        "/api/v1/users/me/nothing",
        "/api/v1/audit-events/nothing",
        "/actuator/env",
        "/index.html",
        // The actuator itself answers these, with a 404 of no body of its own.
        "/actuator/health/nothing",
        "/actuator/health/readiness/nothing"
    };

    @Test
    void aPathWhereNothingIsIsNotFoundWithOrWithoutAToken() {
        String user = userToken();
        String admin = adminToken();
        for (String path : NOTHING_THERE) {
            HttpApi.Response anonymous = api.get(path, null);
            assertProblem(anonymous, 404, "not-found");
            assertThat(anonymous.header("WWW-Authenticate")).as(path).isNull();
            assertProblem(api.get(path, user), 404, "not-found");
            assertProblem(api.get(path, admin), 404, "not-found");
        }
    }

    @Test
    void pathsThatExistKeepTheirRefusals() {
        for (String path :
                new String[] {"/api/v1/users/me", "/api/v1/users", "/actuator/flyway", "/actuator/prometheus"}) {
            HttpApi.Response anonymous = api.get(path, null);
            assertProblem(anonymous, 401, "unauthorized");
            assertThat(anonymous.header("WWW-Authenticate")).as(path).isEqualTo("Bearer");
        }
        String user = userToken();
        for (String path : new String[] {"/api/v1/users", "/api/v1/audit-events", "/actuator/flyway"}) {
            assertProblem(api.get(path, user), 403, "forbidden");
        }
        // Exists for POST only: still a 401 without a token.
        assertProblem(api.get("/api/v1/signing-keys", null), 401, "unauthorized");
    }

    @Test
    void aTokenThatFailsIsUnauthorizedOnAnyPath() {
        HttpApi.Response response = api.get("/api/v1/usres", "not.a.token");

        assertProblem(response, 401, "unauthorized");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
    }
}
