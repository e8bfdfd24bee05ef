package dev.gatehouse.adapter.in.rest.auth;

import static dev.gatehouse.adapter.in.rest.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.gatehouse.adapter.in.rest.support.SliceTest;
import dev.gatehouse.domain.auth.InvalidCredentialsException;
import dev.gatehouse.domain.auth.RegistrationDisabledException;
import dev.gatehouse.domain.auth.TooManyLoginAttemptsException;
import dev.gatehouse.domain.common.InvalidInputException;
import dev.gatehouse.domain.email.EmailNotVerifiedException;
import dev.gatehouse.domain.port.in.auth.LogInCommand;
import dev.gatehouse.domain.port.in.auth.LogOutCommand;
import dev.gatehouse.domain.port.in.auth.RefreshTokensCommand;
import dev.gatehouse.domain.port.in.auth.RegisterUserCommand;
import dev.gatehouse.domain.session.InvalidRefreshTokenException;
import dev.gatehouse.domain.user.EmailAlreadyTakenException;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest
class AuthControllerTest extends SliceTest {
    @Test
    void registerAnswers201WithTheUserAndItsLocation() throws Exception {
        mvc.perform(
                        json(
                                post("/api/v1/auth/register"),
                                "{\"email\":\"  Ada@Example.COM \",\"password\":\"correct horse battery\",\"displayName\":\"Ada\"}"))
                .andExpect(status().isCreated())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Location", matchesPattern("/api/v1/users/[0-9a-f-]{36}")))
                .andExpect(jsonPath("$.id").isString())
                .andExpect(jsonPath("$.email").value("ada@example.com"))
                .andExpect(jsonPath("$.displayName").value("Ada"))
                .andExpect(jsonPath("$.roles").value(org.hamcrest.Matchers.contains("USER")))
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.mfaEnabled").value(false))
                .andExpect(jsonPath("$.createdAt").value("2026-11-27T10:15:30.123Z"))
                .andExpect(jsonPath("$.updatedAt").value("2026-11-27T10:15:30.123Z"))
                .andExpect(jsonPath("$.password").doesNotExist())
                .andExpect(jsonPath("$.passwordHash").doesNotExist());

        RegisterUserCommand command = useCases.lastCall(RegisterUserCommand.class);
        assertThat(command.email().value()).isEqualTo("ada@example.com");
        assertThat(command.password().value()).isEqualTo("correct horse battery");
        assertThat(command.displayName().value()).isEqualTo("Ada");
    }

    @Test
    void registerWithoutDisplayNameGivesNullDisplayName() throws Exception {
        mvc.perform(json(
                        post("/api/v1/auth/register"),
                        "{\"email\":\"ada@example.com\",\"password\":\"pw-long-enough\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.displayName").value(org.hamcrest.Matchers.nullValue()));

        assertThat(useCases.lastCall(RegisterUserCommand.class).displayName()).isNull();
    }

    @Test
    void registerRefusesARolesFieldWithoutCallingTheUseCase() throws Exception {
        mvc.perform(json(
                        post("/api/v1/auth/register"),
                        "{\"email\":\"ada@example.com\",\"password\":\"pw-long-enough\",\"roles\":[\"ADMIN\"]}"))
                .andExpect(problem(400, "malformed-request"))
                .andExpect(jsonPath("$.detail").value(containsString("'roles'")));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void registerReportsEveryInvalidFieldAtOnce() throws Exception {
        mvc.perform(json(post("/api/v1/auth/register"), "{\"email\":\"not-an-email\",\"displayName\":\"  \"}"))
                .andExpect(problem(400, "validation-failed"))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("email", "password", "displayName")))
                .andExpect(jsonPath("$.errors[0].message").isString());

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void registerPassesOnThePasswordPolicyRefusalOfTheUseCase() throws Exception {
        useCases.failWith(new InvalidInputException("password", "is too common; choose one that is harder to guess"));

        mvc.perform(json(post("/api/v1/auth/register"), "{\"email\":\"ada@example.com\",\"password\":\"password1\"}"))
                .andExpect(problem(400, "validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value("is too common; choose one that is harder to guess"))
                .andExpect(content().string(not(containsString("password1"))));
    }

    @Test
    void registerOfATakenEmailIs409() throws Exception {
        useCases.failWith(new EmailAlreadyTakenException());

        mvc.perform(json(
                        post("/api/v1/auth/register"),
                        "{\"email\":\"ada@example.com\",\"password\":\"pw-long-enough\"}"))
                .andExpect(problem(409, "email-taken"));
    }

    @Test
    void registerWhileSelfRegistrationIsOffIs403() throws Exception {
        useCases.failWith(new RegistrationDisabledException());

        mvc.perform(json(
                        post("/api/v1/auth/register"),
                        "{\"email\":\"ada@example.com\",\"password\":\"pw-long-enough\"}"))
                .andExpect(problem(403, "registration-disabled"));
    }

    @Test
    void loginAnswersTheTokenResponseInSnakeCase() throws Exception {
        mvc.perform(json(post("/api/v1/auth/login"), "{\"email\":\"Ada@Example.com\",\"password\":\"pw-long-enough\"}")
                        .header("User-Agent", "curl/8.5")
                        .with(request -> {
                            request.setRemoteAddr("203.0.113.7");
                            return request;
                        }))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.access_token").value("stub.access.token"))
                .andExpect(jsonPath("$.token_type").value("Bearer"))
                .andExpect(jsonPath("$.expires_in").value(900))
                .andExpect(jsonPath("$.refresh_token").value("stub-refresh-token"))
                .andExpect(jsonPath("$.refresh_expires_in").value(1_209_600))
                .andExpect(jsonPath("$.accessToken").doesNotExist());

        LogInCommand command = useCases.lastCall(LogInCommand.class);
        assertThat(command.email()).isEqualTo("Ada@Example.com");
        assertThat(command.password().value()).isEqualTo("pw-long-enough");
        assertThat(command.client().ip()).isEqualTo("203.0.113.7");
        assertThat(command.client().userAgent()).isEqualTo("curl/8.5");
    }

    @Test
    void refusedLoginIs401WithOneFixedBody() throws Exception {
        useCases.failWith(new InvalidCredentialsException());

        mvc.perform(json(
                        post("/api/v1/auth/login"),
                        "{\"email\":\"nobody@example.com\",\"password\":\"wrong-password\"}"))
                .andExpect(problem(401, "invalid-credentials"))
                .andExpect(jsonPath("$.detail").value("Email or password is wrong"))
                .andExpect(content().string(not(containsString("wrong-password"))))
                .andExpect(content().string(not(containsString("nobody@example.com"))));
    }

    @Test
    void aLockedLoginIs429TooManyAttemptsWithRetryAfterInWholeSeconds() throws Exception {
        useCases.failWith(new TooManyLoginAttemptsException(Duration.ofSeconds(30)));

        mvc.perform(json(post("/api/v1/auth/login"), "{\"email\":\"ada@example.com\",\"password\":\"pw-long-enough\"}"))
                .andExpect(problem(429, "too-many-attempts"))
                .andExpect(header().string("Retry-After", "30"))
                .andExpect(content().string(not(containsString("pw-long-enough"))));
    }

    /** Only the right password gets this far, so the answer tells nothing to anyone without it. */
    @Test
    void theRightPasswordOfAnUnverifiedAccountIs403EmailNotVerifiedWhenVerificationIsRequired() throws Exception {
        useCases.failWith(new EmailNotVerifiedException());

        mvc.perform(json(post("/api/v1/auth/login"), "{\"email\":\"ada@example.com\",\"password\":\"pw-long-enough\"}"))
                .andExpect(problem(403, "email-not-verified"))
                .andExpect(jsonPath("$.access_token").doesNotExist())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(content().string(not(containsString("pw-long-enough"))));
    }

    @Test
    void aFractionOfASecondLeftOnTheLockIsRoundedUp() throws Exception {
        useCases.failWith(new TooManyLoginAttemptsException(Duration.ofMillis(1_200)));

        mvc.perform(json(post("/api/v1/auth/login"), "{\"email\":\"ada@example.com\",\"password\":\"pw-long-enough\"}"))
                .andExpect(problem(429, "too-many-attempts"))
                .andExpect(header().string("Retry-After", "2"));
    }

    @Test
    void loginWithoutPasswordIsAValidationError() throws Exception {
        mvc.perform(json(post("/api/v1/auth/login"), "{\"email\":\"ada@example.com\"}"))
                .andExpect(problem(400, "validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value("password"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void loginWithANumberForTheEmailIsMalformed() throws Exception {
        mvc.perform(json(post("/api/v1/auth/login"), "{\"email\":42,\"password\":\"pw-long-enough\"}"))
                .andExpect(problem(400, "malformed-request"))
                .andExpect(jsonPath("$.detail").value("Field 'email' has the wrong type or value"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void loginWithInvalidJsonIsMalformed() throws Exception {
        mvc.perform(json(post("/api/v1/auth/login"), "{\"email\":\"ada@example.com\","))
                .andExpect(problem(400, "malformed-request"));
    }

    @Test
    void loginWithoutBodyIsMalformed() throws Exception {
        mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON))
                .andExpect(problem(400, "malformed-request"))
                .andExpect(jsonPath("$.detail").value("A JSON request body is required"));
    }

    @Test
    void loginAsFormDataIs415() throws Exception {
        mvc.perform(post("/api/v1/auth/login")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("email=ada@example.com&password=x"))
                .andExpect(problem(415, "unsupported-media-type"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void publicEndpointsAnswerAWrongMethodWith405() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/auth/login"))
                .andExpect(problem(405, "method-not-allowed"))
                .andExpect(header().string("Allow", containsString("POST")));
    }

    @Test
    void loginWithCookiesOffSetsNoCookie() throws Exception {
        mvc.perform(json(post("/api/v1/auth/login"), "{\"email\":\"ada@example.com\",\"password\":\"pw-long-enough\"}"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void refreshAnswersANewTokenResponseAndPassesTheClientOn() throws Exception {
        mvc.perform(json(post("/api/v1/auth/refresh"), "{\"refresh_token\":\"presented-token\"}")
                        .header("User-Agent", "curl/8.5")
                        .with(request -> {
                            request.setRemoteAddr("203.0.113.7");
                            return request;
                        }))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.access_token").value("stub.refreshed.access.token"))
                .andExpect(jsonPath("$.token_type").value("Bearer"))
                .andExpect(jsonPath("$.expires_in").value(900))
                .andExpect(jsonPath("$.refresh_token").value("stub-next-refresh-token"))
                .andExpect(jsonPath("$.refresh_expires_in").value(1_123_200))
                .andExpect(header().doesNotExist("Set-Cookie"));

        RefreshTokensCommand command = useCases.lastCall(RefreshTokensCommand.class);
        assertThat(command.refreshToken().value()).isEqualTo("presented-token");
        assertThat(command.client().ip()).isEqualTo("203.0.113.7");
        assertThat(command.client().userAgent()).isEqualTo("curl/8.5");
    }

    @Test
    void refreshWithAnInvalidTokenIs401InvalidRefreshTokenWithoutABearerChallenge() throws Exception {
        useCases.failWith(new InvalidRefreshTokenException());

        mvc.perform(json(post("/api/v1/auth/refresh"), "{\"refresh_token\":\"spent-token\"}"))
                .andExpect(problem(401, "invalid-refresh-token"))
                .andExpect(header().doesNotExist("WWW-Authenticate"))
                .andExpect(content().string(not(containsString("spent-token"))));
    }

    @Test
    void refreshIgnoresAnAccessTokenSentAlong() throws Exception {
        mvc.perform(json(post("/api/v1/auth/refresh"), "{\"refresh_token\":\"presented-token\"}")
                        .header("Authorization", "Bearer expired.or.garbage"))
                .andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/auth/logout"), "{\"refresh_token\":\"presented-token\"}")
                        .header("Authorization", "Bearer expired.or.garbage"))
                .andExpect(status().isNoContent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/auth/refresh", "/api/v1/auth/logout"})
    void aMissingOrBlankRefreshTokenIsAValidationError(String path) throws Exception {
        for (String body : new String[] {"{}", "{\"refresh_token\":null}", "{\"refresh_token\":\"  \"}"}) {
            mvc.perform(json(post(path), body))
                    .andExpect(problem(400, "validation-failed"))
                    .andExpect(jsonPath("$.errors[0].field").value("refresh_token"));
        }
        mvc.perform(post(path))
                .andExpect(problem(400, "validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value("refresh_token"));

        assertThat(useCases.calls()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/auth/refresh", "/api/v1/auth/logout"})
    void refreshAndLogoutReadJsonStrictly(String path) throws Exception {
        mvc.perform(json(post(path), "{\"refreshToken\":\"camel-case\"}"))
                .andExpect(problem(400, "malformed-request"))
                .andExpect(jsonPath("$.detail").value(containsString("'refreshToken'")));
        mvc.perform(json(post(path), "{\"refresh_token\":42}")).andExpect(problem(400, "malformed-request"));
        mvc.perform(json(post(path), "{\"refresh_token\":\"t\",")).andExpect(problem(400, "malformed-request"));
        mvc.perform(post(path).contentType(MediaType.TEXT_PLAIN).content("refresh_token=t"))
                .andExpect(problem(415, "unsupported-media-type"));

        assertThat(useCases.calls()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/auth/refresh", "/api/v1/auth/logout"})
    void withCookiesOffTheCookieIsIgnored(String path) throws Exception {
        mvc.perform(post(path).cookie(new Cookie("gatehouse_refresh", "cookie-token")))
                .andExpect(problem(400, "validation-failed"))
                .andExpect(header().doesNotExist("Set-Cookie"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void logoutAnswers204AndEndsTheSessionOfTheToken() throws Exception {
        mvc.perform(json(post("/api/v1/auth/logout"), "{\"refresh_token\":\"presented-token\"}")
                        .header("User-Agent", "curl/8.5"))
                .andExpect(status().isNoContent())
                .andExpect(content().string(""))
                .andExpect(header().doesNotExist("Set-Cookie"));

        LogOutCommand command = useCases.lastCall(LogOutCommand.class);
        assertThat(command.refreshToken().value()).isEqualTo("presented-token");
        assertThat(command.client().userAgent()).isEqualTo("curl/8.5");
    }

    @Test
    void logoutOfAnUnknownOrRevokedTokenIsStill204() throws Exception {
        // The use case is idempotent: an unknown token is no failure, so it answers normally.
        mvc.perform(json(post("/api/v1/auth/logout"), "{\"refresh_token\":\"never-issued\"}"))
                .andExpect(status().isNoContent());

        assertThat(useCases.lastCall(LogOutCommand.class).refreshToken().value())
                .isEqualTo("never-issued");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/auth/refresh", "/api/v1/auth/logout"})
    void refreshAndLogoutAnswerAWrongMethodWith405(String path) throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path))
                .andExpect(problem(405, "method-not-allowed"));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
