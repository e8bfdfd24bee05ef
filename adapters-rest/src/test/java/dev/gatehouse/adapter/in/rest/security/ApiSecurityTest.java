package dev.gatehouse.adapter.in.rest.security;

import static dev.gatehouse.adapter.in.rest.support.ProblemAssertions.problem;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asAdmin;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.gatehouse.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which paths are open. The slice has no actuator or springdoc, so a path that gets through
 * security ends as 404: that is how "public" shows here. {@link MappedFixtures} maps a few paths
 * under the protected prefixes (as the actuator, or an endpoint added later, would) so that the
 * rules for them can be seen; any other path is one where nothing is, answered 404 to everyone.
 */
@WebMvcTest
@Import(ApiSecurityTest.MappedFixtures.class)
class ApiSecurityTest {
    private static final String ANSWERED = "answered by the fixture";

    @Autowired
    MockMvc mvc;

    /** Paths something maps, with no annotation of their own: only the path rules guard them. */
    @RestController
    static class MappedFixtures {
        @GetMapping({"/actuator/flyway", "/api/v1/signing-keys/fixture", "/api/v1/audit-events/fixture"})
        String get() {
            return ANSWERED;
        }

        @PostMapping({"/api/v1/signing-keys/fixture", "/api/v1/audit-events/fixture"})
        String post() {
            return ANSWERED;
        }
    }

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

    @Test
    void otherActuatorEndpointsAreForAdminsOnly() throws Exception {
        String path = "/actuator/flyway";
        mvc.perform(get(path)).andExpect(problem(401, "unauthorized"));
        mvc.perform(get(path).with(asUser(UserId.newId()))).andExpect(problem(403, "forbidden"));
        mvc.perform(get(path).with(asAdmin(UserId.newId())))
                .andExpect(status().isOk())
                .andExpect(content().string(ANSWERED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/signing-keys", "/api/v1/signing-keys/fixture"})
    void signingKeysAreForAdminsOnly(String path) throws Exception {
        mvc.perform(post(path)).andExpect(problem(401, "unauthorized"));
        mvc.perform(post(path).with(asUser(UserId.newId()))).andExpect(problem(403, "forbidden"));
        mvc.perform(get(path).with(asUser(UserId.newId()))).andExpect(problem(403, "forbidden"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/audit-events", "/api/v1/audit-events/fixture"})
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

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/api/v1/usres",
                "/api/v1/users/me/nothing",
                "/api/v1/users/" + "00000000-0000-0000-0000-000000000001/nothing",
                "/api/v1/signing-keys/unknown",
                "/api/v1/audit-events/unknown",
                "/actuator/env",
                "/.well-known/jwks.json/x"
            })
    void aPathWhereNothingIsIsNotFoundForEveryCaller(String path) throws Exception {
        mvc.perform(get(path))
                .andExpect(problem(404, "not-found"))
                .andExpect(header().doesNotExist(HttpHeaders.WWW_AUTHENTICATE));
        mvc.perform(post(path).with(asUser(UserId.newId()))).andExpect(problem(404, "not-found"));
        mvc.perform(get(path).with(asAdmin(UserId.newId()))).andExpect(problem(404, "not-found"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/.well-known/jwks.json",
                "/livez",
                "/readyz",
                "/v3/api-docs",
                "/swagger-ui.html",
                "/swagger-ui/index.html",
                "/api/v1/auth/login"
            })
    void aTokenSentWhereNoneIsUsedIsIgnored(String path) throws Exception {
        int status = mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, "Bearer not.a.token"))
                .andExpect(header().doesNotExist(HttpHeaders.WWW_AUTHENTICATE))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).as(path).isNotEqualTo(401);
    }

    @Test
    void aTokenSentToHealthIsCheckedBecauseAdminsSeeMoreThere() throws Exception {
        mvc.perform(get("/actuator/health").header(HttpHeaders.AUTHORIZATION, "Bearer not.a.token"))
                .andExpect(problem(401, "unauthorized"));
    }

    @Test
    void aTokenThatFailsIsUnauthorizedWhereNothingIsToo() throws Exception {
        mvc.perform(get("/api/v1/usres").header(HttpHeaders.AUTHORIZATION, "Bearer not.a.token"))
                .andExpect(problem(401, "unauthorized"))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""));
    }

    @Test
    void aPathThatExistsForOtherMethodsKeepsItsRefusals() throws Exception {
        // Mapped for GET only: with a token it is a 405, without one still a 401.
        mvc.perform(delete("/api/v1/users/me/sessions"))
                .andExpect(problem(401, "unauthorized"))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
        mvc.perform(delete("/api/v1/users/me/sessions").with(asUser(UserId.newId())))
                .andExpect(problem(405, "method-not-allowed"));
        // Mapped for ADMINs only: a USER is refused before the method is looked at.
        mvc.perform(put("/api/v1/users").with(asUser(UserId.newId()))).andExpect(problem(403, "forbidden"));
    }
}
