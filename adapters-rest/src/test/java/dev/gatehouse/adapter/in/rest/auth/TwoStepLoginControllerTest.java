package dev.gatehouse.adapter.in.rest.auth;

import static dev.gatehouse.adapter.in.rest.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.gatehouse.adapter.in.rest.support.SliceTest;
import dev.gatehouse.domain.auth.TooManyLoginAttemptsException;
import dev.gatehouse.domain.email.EmailNotVerifiedException;
import dev.gatehouse.domain.mfa.InvalidMfaTokenException;
import dev.gatehouse.domain.mfa.MfaToken;
import dev.gatehouse.domain.mfa.SecondFactor;
import dev.gatehouse.domain.mfa.WrongSecondFactorException;
import dev.gatehouse.domain.port.in.mfa.CompleteMfaLoginCommand;
import dev.gatehouse.domain.token.LoginResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** The two steps of a login with MFA over HTTP: mfa-required, then POST /api/v1/auth/login/mfa. */
@WebMvcTest
class TwoStepLoginControllerTest extends SliceTest {
    private static final String SECOND_STEP = "/api/v1/auth/login/mfa";

    private ResultActions postJson(String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions secondStep(String body) throws Exception {
        return postJson(SECOND_STEP, body);
    }

    @Test
    void theRightPasswordOfAnAccountWithMfaIs401MfaRequiredWithTheMfaToken() throws Exception {
        useCases.answerLogin(new LoginResult.SecondFactorRequired(new MfaToken("opaque-token"), Duration.ofMinutes(5)));

        postJson("/api/v1/auth/login", "{\"email\":\"ada@example.com\",\"password\":\"pw-long-enough\"}")
                .andExpect(problem(401, "mfa-required"))
                .andExpect(jsonPath("$.mfaToken").value("opaque-token"))
                .andExpect(jsonPath("$.expiresIn").value(300))
                .andExpect(jsonPath("$.methods").value(contains("totp", "recovery_code")))
                .andExpect(jsonPath("$.instance").value("/api/v1/auth/login"))
                .andExpect(jsonPath("$.access_token").doesNotExist())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(content().string(not(containsString("pw-long-enough"))));
    }

    @Test
    void aTotpCodeAndTheMfaTokenAnswerTheTokenResponse() throws Exception {
        secondStep("{\"mfaToken\":\"opaque-token\",\"code\":\"123456\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.access_token").value("stub.access.token"))
                .andExpect(jsonPath("$.refresh_token").value("stub-refresh-token"))
                .andExpect(jsonPath("$.token_type").value("Bearer"));

        CompleteMfaLoginCommand command = useCases.lastCall(CompleteMfaLoginCommand.class);
        assertThat(command.mfaToken()).isEqualTo(new MfaToken("opaque-token"));
        assertThat(command.secondFactor()).isEqualTo(new SecondFactor.TotpCode("123456"));
    }

    @Test
    void aRecoveryCodeGoesToTheUseCaseAsTyped() throws Exception {
        secondStep("{\"mfaToken\":\"opaque-token\",\"recoveryCode\":\"ABCDE FGHIJ-klmno\"}")
                .andExpect(status().isOk());

        assertThat(useCases.lastCall(CompleteMfaLoginCommand.class).secondFactor())
                .isEqualTo(new SecondFactor.TypedRecoveryCode("ABCDE FGHIJ-klmno"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"mfaToken\":\"t\"}",
                "{\"mfaToken\":\"t\",\"code\":\"123456\",\"recoveryCode\":\"abcde\"}",
                "{\"mfaToken\":\"t\",\"code\":null,\"recoveryCode\":null}"
            })
    void exactlyOneOfCodeAndRecoveryCodeIsRequired(String body) throws Exception {
        secondStep(body)
                .andExpect(problem(400, "validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("exactly one of")));

        assertThat(useCases.calls()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"code\":\"123456\"}", "{\"mfaToken\":null,\"code\":\"123456\"}", "{\"mfaToken\":\" \"}"})
    void aMissingNullOrBlankMfaTokenIsAValidationErrorReportedWithTheOthers(String body) throws Exception {
        secondStep(body)
                .andExpect(problem(400, "validation-failed"))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder(expectedFields(body))));

        assertThat(useCases.calls()).isEmpty();
    }

    private static String[] expectedFields(String body) {
        return body.contains("code") ? new String[] {"mfaToken"} : new String[] {"mfaToken", "code"};
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"mfaToken\":\"t\",\"code\":123456}",
                "{\"mfaToken\":\"t\",\"code\":\"123456\",\"email\":\"ada@example.com\"}",
                "{\"mfaToken\":[\"t\"],\"code\":\"123456\"}",
                "{\"mfaToken\":\"t\",\"code\":\"123456\""
            })
    void readsJsonStrictly(String body) throws Exception {
        secondStep(body).andExpect(problem(400, "malformed-request"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void aWrongCodeIs401InvalidMfaCodeWithoutTheCode() throws Exception {
        useCases.failWith(new WrongSecondFactorException());

        secondStep("{\"mfaToken\":\"opaque-token\",\"code\":\"654321\"}")
                .andExpect(problem(401, "invalid-mfa-code"))
                .andExpect(header().doesNotExist("WWW-Authenticate"))
                .andExpect(content().string(not(containsString("654321"))))
                .andExpect(content().string(not(containsString("opaque-token"))));
    }

    @Test
    void anInvalidMfaTokenIs401InvalidMfaToken() throws Exception {
        useCases.failWith(new InvalidMfaTokenException());

        secondStep("{\"mfaToken\":\"opaque-token\",\"recoveryCode\":\"abcde-fghij-klmno-pqrst-uvw23\"}")
                .andExpect(problem(401, "invalid-mfa-token"))
                .andExpect(content().string(not(containsString("opaque-token"))))
                .andExpect(content().string(not(containsString("abcde"))));
    }

    /** Should the second step ever find the address unverified, it answers as the first step does. */
    @Test
    void anUnverifiedEmailIs403EmailNotVerifiedWithoutTokens() throws Exception {
        useCases.failWith(new EmailNotVerifiedException());

        secondStep("{\"mfaToken\":\"opaque-token\",\"code\":\"123456\"}")
                .andExpect(problem(403, "email-not-verified"))
                .andExpect(jsonPath("$.access_token").doesNotExist());
    }

    @Test
    void aLockedAccountIs429WithRetryAfter() throws Exception {
        useCases.failWith(new TooManyLoginAttemptsException(Duration.ofSeconds(60)));

        secondStep("{\"mfaToken\":\"opaque-token\",\"code\":\"123456\"}")
                .andExpect(problem(429, "too-many-attempts"))
                .andExpect(header().string("Retry-After", "60"));
    }
}
