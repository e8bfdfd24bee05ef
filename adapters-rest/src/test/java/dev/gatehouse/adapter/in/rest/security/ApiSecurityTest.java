package dev.gatehouse.adapter.in.rest.security;

import static dev.gatehouse.adapter.in.rest.support.ProblemAssertions.problem;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asAdmin;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asUser;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.gatehouse.domain.user.UserId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Which paths are open. The slice has no actuator or springdoc, so a path that gets through
 * security ends as 404: that is how "public" shows here.
 */
@WebMvcTest
class ApiSecurityTest {
    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/actuator/health",
                "/actuator/health/readiness",
                "/v3/api-docs",
                "/v3/api-docs/x",
                "/swagger-ui.html",
                "/swagger-ui/index.html"
            })
    void infrastructurePathsArePublic(String path) throws Exception {
        mvc.perform(get(path)).andExpect(problem(404, "not-found"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/flyway", "/actuator/env"})
    void otherActuatorEndpointsAreForAdminsOnly(String path) throws Exception {
        mvc.perform(get(path)).andExpect(problem(401, "unauthorized"));
        mvc.perform(get(path).with(asUser(UserId.newId()))).andExpect(problem(403, "forbidden"));
        mvc.perform(get(path).with(asAdmin(UserId.newId()))).andExpect(problem(404, "not-found"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/signing-keys", "/api/v1/signing-keys/anything"})
    void signingKeysAreForAdminsOnly(String path) throws Exception {
        mvc.perform(post(path)).andExpect(problem(401, "unauthorized"));
        mvc.perform(post(path).with(asUser(UserId.newId()))).andExpect(problem(403, "forbidden"));
        mvc.perform(get(path).with(asUser(UserId.newId()))).andExpect(problem(403, "forbidden"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/audit-events", "/api/v1/audit-events/anything"})
    void auditEventsAreForAdminsOnly(String path) throws Exception {
        mvc.perform(get(path)).andExpect(problem(401, "unauthorized"));
        mvc.perform(get(path).with(asUser(UserId.newId()))).andExpect(problem(403, "forbidden"));
        mvc.perform(post(path).with(asUser(UserId.newId()))).andExpect(problem(403, "forbidden"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/auth/refresh", "/api/v1/auth/logout"})
    void refreshAndLogoutArePublic(String path) throws Exception {
        // Through security without a token: the request reaches the controller, which wants a token.
        mvc.perform(post(path)).andExpect(problem(400, "validation-failed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/.well-known/jwks.json"})
    void theKeySetIsPublicToReadOnly(String path) throws Exception {
        mvc.perform(post(path)).andExpect(problem(401, "unauthorized"));
    }
}
