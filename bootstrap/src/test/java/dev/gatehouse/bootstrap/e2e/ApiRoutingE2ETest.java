package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerMapping;

/**
 * API requests are looked up in the controllers' mappings before the actuator's, and every kind of
 * answer Spring MVC gives from a lookup is what it was: the handler, 404, 405, 406 and 415 under
 * {@code /api/}, and the actuator's and the health paths' endpoints outside it.
 */
class ApiRoutingE2ETest extends EndToEndTest {
    @Autowired
    private DispatcherServlet dispatcherServlet;

    @Test
    void theControllersMappingsAreAskedFirstForApiRequests() {
        api.get("/actuator/health/liveness", null); // the dispatcher finds its mappings on its first request

        HandlerMapping first = dispatcherServlet.getHandlerMappings().getFirst();

        assertThat(first.getClass().getSimpleName()).isEqualTo("ApiMappingsFirst");
    }

    @Test
    void apiRequestsReachTheirControllersOrTheirRefusals() {
        String user = userToken();

        assertThat(api.get("/api/v1/users/me", user).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/auth/login", body("email", "nobody@example.com", "password", PASSWORD), null)
                        .status())
                .isEqualTo(401);
        assertProblem(api.get("/api/v1/users/me/nothing", user), 404, "not-found");
        HttpApi.Response wrongMethod = api.put("/api/v1/auth/login", body("email", "a@example.com"), null);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).isEqualTo("POST");
        assertProblem(
                api.raw("POST", "/api/v1/auth/login", "text/plain", "x".getBytes(StandardCharsets.UTF_8), null),
                415,
                "unsupported-media-type");
        assertProblem(api.getAccepting("/api/v1/users/me", "application/xml", user), 406, "not-acceptable");
    }

    @Test
    void requestsOutsideTheApiReachTheActuatorAndTheHealthPaths() {
        assertThat(api.get("/actuator/health/liveness", null).status()).isEqualTo(200);
        assertThat(api.get("/livez", null).status()).isEqualTo(200);
        assertThat(api.get("/readyz", null).status()).isEqualTo(200);
        assertThat(api.get("/.well-known/jwks.json", null).status()).isEqualTo(200);
        assertProblem(api.get("/actuator/env", null), 404, "not-found");
    }
}
