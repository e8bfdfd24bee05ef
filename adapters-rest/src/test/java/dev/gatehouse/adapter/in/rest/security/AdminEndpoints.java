package dev.gatehouse.adapter.in.rest.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every ADMIN-only endpoint, each with a request an ADMIN would get a 2xx for from the stubbed use
 * cases, for the tests of the admin MFA policy. {@link AdminMfaPolicyTest} checks that the list
 * holds every {@code @AdminOnly} operation, so a new one cannot be left out.
 */
final class AdminEndpoints {
    static final String ADMIN_ONLY_FIXTURE = "/api/v1/fixture/admin-only";
    static final String ANSWERED = "answered by the fixture";

    private AdminEndpoints() {}

    /**
     * What the slice has no controller for (the actuator), and an {@code @AdminOnly} operation outside
     * every ADMIN path, which only the annotation guards.
     */
    @RestController
    static class Fixtures {
        @GetMapping({"/actuator/flyway", "/actuator/prometheus"})
        String actuator() {
            return ANSWERED;
        }

        @AdminOnly
        @GetMapping(ADMIN_ONLY_FIXTURE)
        String adminOnly() {
            return ANSWERED;
        }
    }

    /** Arguments: a name ("METHOD pattern") and a fresh request each time it is asked. */
    static Stream<Arguments> all() {
        String user = "/api/v1/users/" + UUID.randomUUID();
        return Stream.of(
                endpoint("GET /api/v1/users", () -> get("/api/v1/users")),
                endpoint(
                        "POST /api/v1/users",
                        () -> json(
                                post("/api/v1/users"),
                                "{\"email\":\"x@example.com\",\"password\":\"pw-long-enough\"}")),
                endpoint("GET /api/v1/users/{id}", () -> get(user)),
                endpoint("PATCH /api/v1/users/{id}", () -> json(patch(user), "{\"displayName\":\"Grace\"}")),
                endpoint("DELETE /api/v1/users/{id}", () -> delete(user)),
                endpoint("DELETE /api/v1/users/{id}/mfa", () -> delete(user + "/mfa")),
                endpoint("POST /api/v1/signing-keys", () -> post("/api/v1/signing-keys")),
                endpoint("GET /api/v1/audit-events", () -> get("/api/v1/audit-events")),
                endpoint("GET /actuator/flyway", () -> get("/actuator/flyway")),
                endpoint("GET /actuator/prometheus", () -> get("/actuator/prometheus")),
                endpoint("GET " + ADMIN_ONLY_FIXTURE, () -> get(ADMIN_ONLY_FIXTURE)));
    }

    private static Arguments endpoint(String name, Supplier<MockHttpServletRequestBuilder> request) {
        return Arguments.of(name, request);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
