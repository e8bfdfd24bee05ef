package dev.gatehouse.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published OpenAPI document agrees with the contract. A full context (not a slice), so it
 * also proves the configuration starts with no more than bootstrap is asked to provide.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocumentTest {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final List<String> HEALTH_PATHS =
            List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness", "/livez", "/readyz");

    @Autowired
    MockMvc mvc;

    @Test
    void listsTheEndpointsOfTheContract() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/auth/register")))
                .andExpect(jsonPath("$.paths['/api/v1/auth/register'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/auth/login'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users/me'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users/me'].patch").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users/me/password'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users/{id}'].patch").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users/{id}'].delete").exists())
                .andExpect(jsonPath("$.paths['/.well-known/jwks.json'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/auth/refresh'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/auth/logout'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users/me/sessions'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users/me/sessions/{id}'].delete")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/signing-keys'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/audit-events'].get").exists())
                .andExpect(
                        jsonPath("$.paths['/api/v1/auth/password-reset'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/auth/password-reset/confirm'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/auth/verify-email'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/auth/confirm-email-change'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/users/me/email-verification'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/users/me/email'].put").exists())
                .andExpect(jsonPath("$.paths", not(hasKey("/error"))));
    }

    @Test
    void declaresBearerTokensAndAppliesThemToProtectedOperationsOnly() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(
                        jsonPath("$.components.securitySchemes.bearerAuth.type").value("http"))
                .andExpect(jsonPath("$.components.securitySchemes.bearerAuth.scheme")
                        .value("bearer"))
                .andExpect(jsonPath("$.components.securitySchemes.bearerAuth.bearerFormat")
                        .value("JWT"))
                .andExpect(jsonPath("$.paths['/api/v1/users/me'].get.security[0]", hasKey("bearerAuth")))
                .andExpect(jsonPath("$.paths['/api/v1/users/{id}'].delete.security[0]", hasKey("bearerAuth")))
                .andExpect(jsonPath("$.paths['/api/v1/users/me/sessions'].get.security[0]", hasKey("bearerAuth")))
                .andExpect(
                        jsonPath("$.paths['/api/v1/users/me/sessions/{id}'].delete.security[0]", hasKey("bearerAuth")))
                .andExpect(jsonPath("$.paths['/api/v1/signing-keys'].post.security[0]", hasKey("bearerAuth")))
                .andExpect(
                        jsonPath("$.paths['/api/v1/auth/login'].post.security").doesNotExist())
                .andExpect(jsonPath("$.paths['/api/v1/auth/refresh'].post.security")
                        .doesNotExist())
                .andExpect(
                        jsonPath("$.paths['/api/v1/auth/logout'].post.security").doesNotExist())
                .andExpect(jsonPath("$.paths['/.well-known/jwks.json'].get.security")
                        .doesNotExist());
    }

    @Test
    void describesTheTokenResponseInSnakeCase() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.components.schemas.TokenResponse.properties")
                        .value(keys(
                                "access_token", "token_type", "expires_in", "refresh_token", "refresh_expires_in")));
    }

    @Test
    void describesRefreshAndLogout() throws Exception {
        String refresh = "$.paths['/api/v1/auth/refresh'].post";
        String logout = "$.paths['/api/v1/auth/logout'].post";
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.components.schemas.RefreshTokenRequest.properties")
                        .value(keys("refresh_token")))
                .andExpect(jsonPath(refresh + ".requestBody.content['application/json'].schema.$ref")
                        .value("#/components/schemas/RefreshTokenRequest"))
                .andExpect(jsonPath(logout + ".requestBody.content['application/json'].schema.$ref")
                        .value("#/components/schemas/RefreshTokenRequest"))
                .andExpect(jsonPath(refresh + ".responses['200'].content['application/json'].schema.$ref")
                        .value("#/components/schemas/TokenResponse"))
                .andExpect(jsonPath(refresh + ".responses['200'].headers['Set-Cookie']")
                        .exists())
                .andExpect(
                        jsonPath(refresh + ".responses['400'].description").value(containsString("validation-failed")))
                .andExpect(jsonPath(refresh + ".responses['400'].description").value(containsString("refresh_token")))
                .andExpect(jsonPath(refresh + ".responses['401'].description")
                        .value(containsString("invalid-refresh-token")))
                .andExpect(jsonPath(refresh + ".responses['401'].content['application/problem+json'].schema.$ref")
                        .value(PROBLEM_REF))
                .andExpect(jsonPath(refresh + ".parameters[?(@.in == 'cookie')].name")
                        .value(contains("gatehouse_refresh")))
                .andExpect(jsonPath(logout + ".responses['204']").exists())
                .andExpect(jsonPath(logout + ".responses['401']").doesNotExist())
                .andExpect(
                        jsonPath(logout + ".responses['400'].description").value(containsString("validation-failed")));
    }

    @Test
    void describesTheTwoStepLogin() throws Exception {
        String login = "$.paths['/api/v1/auth/login'].post";
        String secondStep = "$.paths['/api/v1/auth/login/mfa'].post";
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath(login + ".responses['200'].content['application/json'].schema.$ref")
                        .value("#/components/schemas/TokenResponse"))
                .andExpect(jsonPath(login + ".responses['401'].description").value(containsString("mfa-required")))
                .andExpect(jsonPath(login + ".responses['401'].description").value(containsString("mfaToken")))
                .andExpect(jsonPath(login + ".responses['401'].description").value(containsString("expiresIn")))
                .andExpect(jsonPath(login + ".responses['401'].description").value(containsString("methods")))
                .andExpect(jsonPath("$.components.schemas.MfaLoginRequest.properties")
                        .value(keys("mfaToken", "code", "recoveryCode")))
                .andExpect(jsonPath(secondStep + ".requestBody.content['application/json'].schema.$ref")
                        .value("#/components/schemas/MfaLoginRequest"))
                .andExpect(jsonPath(secondStep + ".responses['200'].content['application/json'].schema.$ref")
                        .value("#/components/schemas/TokenResponse"))
                .andExpect(jsonPath(secondStep + ".responses['400'].description")
                        .value(containsString("validation-failed")))
                .andExpect(jsonPath(secondStep + ".responses['401'].description")
                        .value(containsString("invalid-mfa-code")))
                .andExpect(jsonPath(secondStep + ".responses['401'].description")
                        .value(containsString("invalid-mfa-token")))
                .andExpect(jsonPath(secondStep + ".responses['401'].content['application/problem+json'].schema.$ref")
                        .value(PROBLEM_REF))
                .andExpect(jsonPath(secondStep + ".responses['429'].description")
                        .value(containsString("too-many-attempts")))
                .andExpect(jsonPath(secondStep + ".responses['429'].headers['Retry-After']")
                        .exists())
                .andExpect(jsonPath(secondStep + ".security").doesNotExist());
    }

    @Test
    void describesThePublicEndpointsOfMailedLinks() throws Exception {
        String reset = "$.paths['/api/v1/auth/password-reset'].post";
        String confirmReset = "$.paths['/api/v1/auth/password-reset/confirm'].post";
        String verify = "$.paths['/api/v1/auth/verify-email'].post";
        String confirmChange = "$.paths['/api/v1/auth/confirm-email-change'].post";
        ResultActions docs = mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath(reset + ".requestBody.content['application/json'].schema.$ref")
                        .value(schema("PasswordResetRequest")))
                .andExpect(jsonPath(reset + ".responses['202'].content['application/json'].schema.$ref")
                        .value(schema("Message")))
                .andExpect(jsonPath(reset + ".description")
                        .value(containsString("whether or not an account has the address")))
                .andExpect(jsonPath(reset + ".description").value(containsString("URL fragment")))
                .andExpect(jsonPath(reset + ".responses['400'].description").value(containsString("validation-failed")))
                .andExpect(jsonPath(confirmReset + ".requestBody.content['application/json'].schema.$ref")
                        .value(schema("ConfirmPasswordResetRequest")))
                .andExpect(jsonPath(confirmReset + ".responses['204']").exists())
                .andExpect(jsonPath(confirmReset + ".responses['400'].description")
                        .value(containsString("invalid-reset-token")))
                .andExpect(jsonPath(confirmReset + ".responses['400'].description")
                        .value(containsString("validation-failed")))
                .andExpect(jsonPath(verify + ".requestBody.content['application/json'].schema.$ref")
                        .value(schema("EmailTokenRequest")))
                .andExpect(jsonPath(verify + ".responses['204']").exists())
                .andExpect(jsonPath(verify + ".responses['400'].description")
                        .value(containsString("invalid-verification-token")))
                .andExpect(jsonPath(verify + ".description").value(containsString("URL fragment")))
                .andExpect(jsonPath(confirmChange + ".requestBody.content['application/json'].schema.$ref")
                        .value(schema("EmailTokenRequest")))
                .andExpect(jsonPath(confirmChange + ".responses['200'].content['application/json'].schema.$ref")
                        .value(schema("User")))
                .andExpect(jsonPath(confirmChange + ".responses['400'].description")
                        .value(containsString("invalid-email-change-token")))
                .andExpect(jsonPath(confirmChange + ".responses['409'].description")
                        .value(containsString("email-taken")))
                .andExpect(jsonPath("$.components.schemas.PasswordResetRequest.properties")
                        .value(keys("email")))
                .andExpect(jsonPath("$.components.schemas.ConfirmPasswordResetRequest.properties")
                        .value(keys("token", "newPassword")))
                .andExpect(jsonPath("$.components.schemas.EmailTokenRequest.properties")
                        .value(keys("token")))
                .andExpect(jsonPath("$.components.schemas.Message.properties").value(keys("message")))
                .andExpect(jsonPath("$.paths['/api/v1/auth/login'].post.responses['403'].description")
                        .value(containsString("email-not-verified")));
        for (String operation : List.of(reset, confirmReset, verify, confirmChange)) {
            docs.andExpect(jsonPath(operation + ".security").doesNotExist())
                    .andExpect(jsonPath(operation + ".responses['401']").doesNotExist())
                    .andExpect(jsonPath(operation + ".responses['429'].description")
                            .value(containsString("rate-limited")))
                    .andExpect(jsonPath(operation + ".responses['400'].content['application/problem+json'].schema.$ref")
                            .value(PROBLEM_REF))
                    .andExpect(jsonPath(operation + ".responses['413']").exists())
                    .andExpect(jsonPath(operation + ".responses['415']").exists());
        }
    }

    @Test
    void describesTheOwnEmail() throws Exception {
        String resend = "$.paths['/api/v1/users/me/email-verification'].post";
        String change = "$.paths['/api/v1/users/me/email'].put";
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath(resend + ".requestBody").doesNotExist())
                .andExpect(jsonPath(resend + ".responses['202'].content['application/json'].schema.$ref")
                        .value(schema("Message")))
                .andExpect(jsonPath(resend + ".responses['409'].description")
                        .value(containsString("email-already-verified")))
                .andExpect(jsonPath(resend + ".responses['400'].description").value(containsString("body")))
                .andExpect(jsonPath(resend + ".responses['401']").exists())
                .andExpect(jsonPath(resend + ".security[0]", hasKey("bearerAuth")))
                .andExpect(jsonPath(change + ".requestBody.content['application/json'].schema.$ref")
                        .value(schema("ChangeEmailRequest")))
                .andExpect(jsonPath(change + ".responses['202'].content['application/json'].schema.$ref")
                        .value(schema("Message")))
                .andExpect(jsonPath(change + ".responses['400'].description")
                        .value(containsString("invalid-current-password")))
                .andExpect(jsonPath(change + ".responses['409'].description").value(containsString("email-taken")))
                .andExpect(
                        jsonPath(change + ".responses['429'].description").value(containsString("too-many-attempts")))
                .andExpect(
                        jsonPath(change + ".responses['429'].description").value(not(containsString("rate-limited"))))
                .andExpect(jsonPath(change + ".responses['401'].content['application/problem+json'].schema.$ref")
                        .value(PROBLEM_REF))
                .andExpect(jsonPath(change + ".security[0]", hasKey("bearerAuth")))
                .andExpect(jsonPath(change + ".description").value(containsString("URL fragment")))
                .andExpect(jsonPath("$.components.schemas.ChangeEmailRequest.properties")
                        .value(keys("newEmail", "currentPassword")))
                .andExpect(jsonPath("$.components.schemas.CreateUserRequest.properties.emailVerified.type")
                        .value("boolean"));
    }

    @Test
    void describesTheOwnSessions() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.components.schemas.Session.properties")
                        .value(keys("id", "createdAt", "lastUsedAt", "expiresAt", "ip", "userAgent", "current")))
                .andExpect(jsonPath("$.paths['/api/v1/users/me/sessions'].get.responses['200']"
                                + ".content['application/json'].schema.items.$ref")
                        .value("#/components/schemas/Session"))
                .andExpect(jsonPath("$.paths['/api/v1/users/me/sessions/{id}'].delete.responses['204']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/users/me/sessions/{id}'].delete.responses['404'].description")
                        .value(containsString("session-not-found")))
                .andExpect(jsonPath("$.paths['/api/v1/users/me/sessions/{id}'].delete.responses['404'].description")
                        .value(containsString("not a UUID")))
                .andExpect(jsonPath("$.paths['/api/v1/users/me/sessions/{id}'].delete.responses['400']")
                        .doesNotExist())
                .andExpect(jsonPath("$.paths['/api/v1/users/me/sessions/{id}'].delete.responses['403']")
                        .doesNotExist());
    }

    @Test
    void describesSigningKeyRotationAsAdminOnly() throws Exception {
        String rotate = "$.paths['/api/v1/signing-keys'].post";
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath(rotate + ".requestBody").doesNotExist())
                .andExpect(jsonPath(rotate + ".responses['201'].content['application/json'].schema.$ref")
                        .value("#/components/schemas/Jwk"))
                .andExpect(jsonPath(rotate + ".responses['401']").exists())
                .andExpect(jsonPath(rotate + ".responses['403'].content['application/problem+json'].schema.$ref")
                        .value(PROBLEM_REF))
                .andExpect(jsonPath(rotate + ".responses['400'].description").value(containsString("body")));
    }

    @Test
    void describesTheUserAndPageShapes() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.components.schemas.User.properties")
                        .value(keys(
                                "id",
                                "email",
                                "displayName",
                                "roles",
                                "enabled",
                                "emailVerified",
                                "mfaEnabled",
                                "createdAt",
                                "updatedAt")))
                .andExpect(jsonPath("$.components.schemas.User.properties.mfaEnabled.type")
                        .value("boolean"))
                .andExpect(jsonPath("$.components.schemas.User.properties.emailVerified.type")
                        .value("boolean"))
                .andExpect(jsonPath("$.paths['/api/v1/users'].get.parameters[*].name")
                        .value(containsInAnyOrder("page", "size", "email", "role")));
    }

    @Test
    void documentsTheContractsOperationalEndpoints() throws Exception {
        String health = "$.paths['/actuator/health'].get";
        String readiness = "$.paths['/actuator/health/readiness'].get";
        String prometheus = "$.paths['/actuator/prometheus'].get";
        String flyway = "$.paths['/actuator/flyway'].get";
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath(health + ".responses['200'].content['application/json'].schema.$ref")
                        .value("#/components/schemas/HealthStatus"))
                // A health endpoint's 503 is a health status, not a problem.
                .andExpect(jsonPath(health + ".responses['503'].content['application/json'].schema.$ref")
                        .value("#/components/schemas/HealthStatus"))
                .andExpect(jsonPath(health + ".responses['401'].content['application/problem+json'].schema.$ref")
                        .value(PROBLEM_REF))
                .andExpect(jsonPath(health + ".security[1].bearerAuth").exists())
                .andExpect(jsonPath(readiness + ".responses['503'].content['application/json'].schema.$ref")
                        .value("#/components/schemas/HealthStatus"))
                .andExpect(jsonPath("$.paths['/readyz'].get.responses['503']").exists())
                .andExpect(jsonPath("$.paths['/actuator/health/liveness'].get.responses['200']")
                        .exists())
                .andExpect(jsonPath("$.paths['/livez'].get.responses['503']").doesNotExist())
                .andExpect(jsonPath(prometheus + ".responses['200'].content['text/plain']")
                        .exists())
                .andExpect(jsonPath(prometheus + ".security[0].bearerAuth").exists())
                .andExpect(jsonPath(prometheus + ".responses['403'].content['application/problem+json'].schema.$ref")
                        .value(PROBLEM_REF))
                .andExpect(jsonPath(flyway + ".responses['200'].content['application/json']")
                        .exists())
                .andExpect(jsonPath(flyway + ".responses['401']").exists())
                .andExpect(jsonPath(flyway + ".responses['503'].headers['Retry-After']")
                        .exists())
                .andExpect(
                        jsonPath("$.components.schemas.HealthStatus.required").value(containsInAnyOrder("status")));
    }

    @Test
    void documentsErrorsAsProblems() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.components.schemas.Problem.properties")
                        .value(keys("type", "title", "status", "detail", "instance", "errors")))
                // The contract's four members are in every problem; instance and errors are not.
                .andExpect(jsonPath("$.components.schemas.Problem.required")
                        .value(containsInAnyOrder("type", "title", "status", "detail")))
                .andExpect(jsonPath("$.components.schemas.FieldError.required")
                        .value(containsInAnyOrder("field", "message")))
                .andExpect(jsonPath("$.paths['/api/v1/auth/register'].post.responses['409']"
                                + ".content['application/problem+json'].schema.$ref")
                        .value(PROBLEM_REF))
                .andExpect(jsonPath("$.paths['/api/v1/auth/register'].post.responses['413']"
                                + ".content['application/problem+json'].schema.$ref")
                        .value(PROBLEM_REF))
                .andExpect(jsonPath("$.paths['/api/v1/auth/register'].post.responses['415']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/auth/login'].post.responses['401']"
                                + ".content['application/problem+json'].schema.$ref")
                        .value(PROBLEM_REF))
                .andExpect(jsonPath("$.paths['/api/v1/users/me'].get.responses['401']"
                                + ".content['application/problem+json'].schema.$ref")
                        .value(PROBLEM_REF))
                .andExpect(jsonPath("$.paths['/api/v1/users/{id}'].patch.responses['403']"
                                + ".content['application/problem+json'].schema.$ref")
                        .value(PROBLEM_REF))
                .andExpect(jsonPath("$.paths['/api/v1/users/{id}'].patch.responses['409']"
                                + ".content['application/problem+json'].schema.$ref")
                        .value(PROBLEM_REF))
                .andExpect(jsonPath("$.paths['/api/v1/users/{id}'].patch.responses['409'].content['application/json']")
                        .doesNotExist())
                .andExpect(jsonPath("$.paths['/api/v1/users/me'].get.responses['403']")
                        .doesNotExist())
                .andExpect(jsonPath("$.paths['/api/v1/auth/register'].post.responses['201']"
                                + ".content['application/json'].schema.$ref")
                        .value("#/components/schemas/User"));
    }

    @Test
    void describesTheAuditLogAsAdminOnly() throws Exception {
        String list = "$.paths['/api/v1/audit-events'].get";
        String body = mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath(list + ".security[0]", hasKey("bearerAuth")))
                .andExpect(jsonPath(list + ".parameters[*].name")
                        .value(containsInAnyOrder("page", "size", "userId", "type")))
                .andExpect(jsonPath(list + ".parameters[?(@.name == 'userId')].schema.format")
                        .value(contains("uuid")))
                .andExpect(jsonPath(list + ".parameters[?(@.name == 'type')].schema.enum[*]")
                        .value(Matchers.hasItems(
                                "USER_REGISTERED", "LOGIN_FAILED", "LOGIN_THROTTLED", "SIGNING_KEY_ROTATED")))
                .andExpect(jsonPath(list + ".responses['400'].description").value(containsString("validation-failed")))
                .andExpect(jsonPath(list + ".responses['401']").exists())
                .andExpect(jsonPath(list + ".responses['403'].content['application/problem+json'].schema.$ref")
                        .value(PROBLEM_REF))
                .andExpect(jsonPath("$.components.schemas.AuditEvent.properties")
                        .value(keys("id", "type", "occurredAt", "userId", "actorId", "ip", "userAgent", "details")))
                .andExpect(jsonPath("$.components.schemas.AuditEvent.properties.type.enum[*]")
                        .value(Matchers.hasItems("USER_REGISTERED", "SIGNING_KEY_ROTATED")))
                .andExpect(jsonPath("$.components.schemas.AuditEvent.properties.details.additionalProperties.type")
                        .value("string"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        JsonNode document = JsonMapper.builder().build().readTree(body);
        String pageRef = document.at(
                        "/paths/~1api~1v1~1audit-events/get/responses/200/content/application~1json/schema/$ref")
                .asString();
        String pageSchema = pageRef.substring(pageRef.lastIndexOf('/') + 1);
        JsonNode page = document.at("/components/schemas/" + pageSchema + "/properties");
        assertThat(page.propertyNames()).containsExactlyInAnyOrder("items", "page", "size", "totalItems", "totalPages");
        assertThat(page.at("/items/items/$ref").asString()).isEqualTo("#/components/schemas/AuditEvent");
    }

    @Test
    void documentsThrottlingWithRetryAfter() throws Exception {
        String login = "$.paths['/api/v1/auth/login'].post.responses['429']";
        ResultActions docs = mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath(login + ".description").value(containsString("too-many-attempts")))
                .andExpect(jsonPath(login + ".description").value(containsString("rate-limited")))
                .andExpect(
                        jsonPath(login + ".headers['Retry-After'].schema.type").value("integer"))
                .andExpect(jsonPath(login + ".content['application/problem+json'].schema.$ref")
                        .value(PROBLEM_REF))
                .andExpect(jsonPath("$.paths['/api/v1/users/me'].get.responses['429']")
                        .doesNotExist())
                .andExpect(jsonPath("$.paths['/.well-known/jwks.json'].get.responses['429']")
                        .doesNotExist());
        for (String path : List.of("/api/v1/auth/register", "/api/v1/auth/refresh", "/api/v1/auth/logout")) {
            String limited = "$.paths['" + path + "'].post.responses['429']";
            docs.andExpect(jsonPath(limited + ".description").value(containsString("rate-limited")))
                    .andExpect(jsonPath(limited + ".description").value(not(containsString("too-many-attempts"))))
                    .andExpect(jsonPath(limited + ".headers['Retry-After']").exists())
                    .andExpect(jsonPath(limited + ".content['application/problem+json'].schema.$ref")
                            .value(PROBLEM_REF));
        }
    }

    @Test
    void documents503OnEveryOperation() throws Exception {
        String body = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        JsonNode paths = JsonMapper.builder().build().readTree(body).get("paths");

        List<String> operations = new ArrayList<>();
        for (String path : paths.propertyNames()) {
            if (HEALTH_PATHS.contains(path)) {
                continue; // their 503 is a health status: documentsTheContractsOperationalEndpoints
            }
            for (String method : paths.get(path).propertyNames()) {
                JsonNode unavailable = paths.get(path).get(method).at("/responses/503");
                operations.add(method + " " + path);
                assertThat(unavailable.isMissingNode())
                        .as("503 of %s %s", method, path)
                        .isFalse();
                assertThat(unavailable.get("description").asString()).contains("service-unavailable");
                assertThat(unavailable.at("/headers/Retry-After").isMissingNode())
                        .isFalse();
                assertThat(unavailable
                                .at("/content/application~1problem+json/schema/$ref")
                                .asString())
                        .isEqualTo(PROBLEM_REF);
            }
        }
        assertThat(operations).contains("get /api/v1/audit-events", "post /api/v1/auth/login", "get /api/v1/users/me");
    }

    @Test
    void theSwaggerUiIsPublic() throws Exception {
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    /** The caller and its client are taken from the token and the connection, never sent as parameters. */
    @Test
    void theCallerIsNoRequestParameter() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(
                        jsonPath("$.paths['/api/v1/users/me'].get.parameters").doesNotExist())
                .andExpect(jsonPath("$.paths['/api/v1/auth/login'].post.parameters")
                        .doesNotExist())
                .andExpect(jsonPath("$.paths['/api/v1/users/{id}'].delete.parameters[*].name")
                        .value(contains("id")))
                .andExpect(jsonPath("$.paths['/api/v1/auth/logout'].post.parameters[*].name")
                        .value(contains("gatehouse_refresh")));
    }

    @Test
    void pathIdsAreDocumentedAsUuids() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/api/v1/users/{id}'].get.parameters[0].schema.format")
                        .value("uuid"))
                .andExpect(jsonPath("$.paths['/api/v1/users/{id}'].get.responses['400'].description")
                        .value(containsString("invalid-id")));
    }

    private static String schema(String name) {
        return "#/components/schemas/" + name;
    }

    /** Exactly these property names, in any order. */
    private static Matcher<Map<String, ?>> keys(String... names) {
        List<Matcher<? super Map<String, ?>>> each = Arrays.stream(names)
                .<Matcher<? super Map<String, ?>>>map(Matchers::hasKey)
                .collect(Collectors.toList());
        each.add(Matchers.aMapWithSize(names.length));
        return Matchers.allOf(each);
    }
}
