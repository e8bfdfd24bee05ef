package dev.gatehouse.adapter.in.rest.security;

import static dev.gatehouse.adapter.in.rest.support.ProblemAssertions.problem;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asAdmin;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asAdminWithoutMfa;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asUser;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.gatehouse.adapter.in.rest.support.SliceTest;
import dev.gatehouse.adapter.in.rest.support.TestTokens;
import dev.gatehouse.domain.auth.AssuranceLevel;
import dev.gatehouse.domain.token.AccessTokenFormat;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.UserId;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * ADMIN accounts need MFA (contract), on by default: every ADMIN-only endpoint refuses an ADMIN's
 * token from a password-only sign-in with 401 and the RFC 9470 challenge, serves one from a
 * sign-in with a second factor, and still refuses any other account with 403 first.
 */
@WebMvcTest
@Import(AdminEndpoints.Fixtures.class)
class AdminMfaPolicyTest extends SliceTest {
    /** RFC 9470 §3, exactly. */
    static final String CHALLENGE = "Bearer error=\"insufficient_user_authentication\","
            + " error_description=\"A sign-in with a second factor is required\", acr_values=\"aal2\"";

    private static final UserId ADMIN = UserId.newId();

    @Autowired
    @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlerMappings;

    static Stream<Arguments> adminEndpoints() {
        return AdminEndpoints.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminEndpoints")
    void anAdminWithoutASecondFactorGets401WithTheChallenge(
            String endpoint, Supplier<MockHttpServletRequestBuilder> request) throws Exception {
        mvc.perform(request.get().with(asAdminWithoutMfa(ADMIN)))
                .andExpect(problem(401, "insufficient-user-authentication"))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE));

        assertThat(useCases.calls()).isEmpty();
    }

    /** A token issued before tokens said how their sign-in went is a password-only one. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("adminEndpoints")
    void anAdminTokenWithoutAcrGets401WithTheChallenge(String endpoint, Supplier<MockHttpServletRequestBuilder> request)
            throws Exception {
        var withoutAcr = SecurityMockMvcRequestPostProcessors.jwt()
                .jwt(jwt -> jwt.subject(ADMIN.value().toString())
                        .claim(AccessTokenFormat.ROLES_CLAIM, List.of("USER", "ADMIN")))
                .authorities(AccessTokenAuthentication.authoritiesConverter());

        mvc.perform(request.get().with(withoutAcr))
                .andExpect(problem(401, "insufficient-user-authentication"))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminEndpoints")
    void anAdminWithASecondFactorIsServed(String endpoint, Supplier<MockHttpServletRequestBuilder> request)
            throws Exception {
        mvc.perform(request.get().with(asAdmin(ADMIN))).andExpect(status().is2xxSuccessful());
    }

    /** The role is checked first: a second factor does not make a USER an ADMIN. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("adminEndpoints")
    void anyOtherAccountGets403WhateverItsSignIn(String endpoint, Supplier<MockHttpServletRequestBuilder> request)
            throws Exception {
        mvc.perform(request.get().with(asUser(UserId.newId())))
                .andExpect(problem(403, "forbidden"))
                .andExpect(header().doesNotExist(HttpHeaders.WWW_AUTHENTICATE));
        mvc.perform(request.get().with(at(AssuranceLevel.AAL2, UserId.newId(), Role.USER)))
                .andExpect(problem(403, "forbidden"));

        assertThat(useCases.calls()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminEndpoints")
    void anonymousGetsAPlain401(String endpoint, Supplier<MockHttpServletRequestBuilder> request) throws Exception {
        mvc.perform(request.get())
                .andExpect(problem(401, "unauthorized"))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
    }

    /** An admin without MFA must be able to look after its own account, and enrol. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/users/me", "/api/v1/users/me/sessions", "/api/v1/users/me/mfa"})
    void theOwnAccountTakesAPasswordOnlyAdminToken(String path) throws Exception {
        mvc.perform(get(path).with(asAdminWithoutMfa(ADMIN))).andExpect(status().isOk());
    }

    /** Where nothing is, an admin without MFA learns no more than anyone else. */
    @Test
    void aPathWhereNothingIsStays404() throws Exception {
        mvc.perform(get("/api/v1/audit-events/unknown").with(asAdminWithoutMfa(ADMIN)))
                .andExpect(problem(404, "not-found"));
    }

    /** The real verifier reads the same claim the signer writes. */
    @Test
    void aSignedTokenIsJudgedByItsAcr() throws Exception {
        mvc.perform(get("/api/v1/users").header(HttpHeaders.AUTHORIZATION, bearer(AssuranceLevel.AAL1)))
                .andExpect(problem(401, "insufficient-user-authentication"))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE));
        mvc.perform(get("/api/v1/users").header(HttpHeaders.AUTHORIZATION, bearer(AssuranceLevel.AAL2)))
                .andExpect(status().isOk());
    }

    @Test
    void theListHoldsEveryAdminOnlyOperation() {
        TreeSet<String> adminOnly = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                handlerMappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = mapping.getValue();
            if (AnnotatedElementUtils.hasAnnotation(handler.getMethod(), AdminOnly.class)
                    || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), AdminOnly.class)) {
                mapping.getKey()
                        .getMethodsCondition()
                        .getMethods()
                        .forEach(method -> mapping.getKey()
                                .getPathPatternsCondition()
                                .getPatternValues()
                                .forEach(pattern -> adminOnly.add(method + " " + pattern)));
            }
        }
        TreeSet<String> listed = new TreeSet<>();
        AdminEndpoints.all().forEach(arguments -> listed.add((String) arguments.get()[0]));

        assertThat(adminOnly).isNotEmpty();
        assertThat(listed).containsAll(adminOnly);
    }

    private static String bearer(AssuranceLevel level) {
        return "Bearer " + TestTokens.signed(level, ADMIN, Role.USER, Role.ADMIN);
    }
}
