package dev.gatehouse.adapter.in.rest.user;

import static dev.gatehouse.adapter.in.rest.support.ProblemAssertions.problem;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asAdminWithoutMfa;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.gatehouse.adapter.in.rest.support.SliceTest;
import dev.gatehouse.adapter.in.rest.support.StubUseCases;
import dev.gatehouse.domain.auth.TooManyLoginAttemptsException;
import dev.gatehouse.domain.mfa.InvalidMfaCodeException;
import dev.gatehouse.domain.mfa.MfaAlreadyEnabledException;
import dev.gatehouse.domain.mfa.MfaNotEnabledException;
import dev.gatehouse.domain.mfa.MfaRequiredForAdminsException;
import dev.gatehouse.domain.mfa.MfaSetupNotStartedException;
import dev.gatehouse.domain.password.InvalidCurrentPasswordException;
import dev.gatehouse.domain.port.in.mfa.ConfirmTotpCommand;
import dev.gatehouse.domain.port.in.mfa.DisableMfaCommand;
import dev.gatehouse.domain.port.in.mfa.GetMfaStatusQuery;
import dev.gatehouse.domain.port.in.mfa.RegenerateRecoveryCodesCommand;
import dev.gatehouse.domain.port.in.mfa.SetUpTotpCommand;
import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest
class OwnMfaControllerTest extends SliceTest {
    private static final UserId ME = UserId.newId();
    private static final String MFA = "/api/v1/users/me/mfa";
    private static final String SETUP = MFA + "/totp/setup";
    private static final String CONFIRM = MFA + "/totp/confirm";
    private static final String RECOVERY_CODES = MFA + "/recovery-codes";
    private static final String DISABLE = MFA + "/disable";

    private static final String SETUP_BODY = "{\"currentPassword\":\"my-password-1\"}";
    private static final String CODE_BODY = "{\"code\":\"123456\"}";
    private static final String DISABLE_BODY = "{\"currentPassword\":\"my-password-1\",\"code\":\"123456\"}";

    @Test
    void statusAnswersTheCallersMfa() throws Exception {
        mvc.perform(get(MFA).with(asUser(ME)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.enrolledAt").value("2026-11-27T10:15:30.123Z"))
                .andExpect(jsonPath("$.recoveryCodesRemaining").value(7));

        assertThat(useCases.lastCall(GetMfaStatusQuery.class).self()).isEqualTo(ME);
    }

    /** An admin without MFA must be able to enrol: the own MFA takes a password-only admin token. */
    @ParameterizedTest
    @ValueSource(strings = {SETUP, CONFIRM})
    void anAdminWithoutASecondFactorMayEnrol(String path) throws Exception {
        mvc.perform(get(MFA).with(asAdminWithoutMfa(ME))).andExpect(status().isOk());
        send(path, asAdminWithoutMfa(ME), path.equals(SETUP) ? SETUP_BODY : CODE_BODY)
                .andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {MFA, SETUP, CONFIRM, RECOVERY_CODES, DISABLE})
    void withoutATokenItIs401(String path) throws Exception {
        var request = path.equals(MFA) ? get(path) : post(path).contentType(MediaType.APPLICATION_JSON);
        mvc.perform(request)
                .andExpect(problem(401, "unauthorized"))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void setupAnswersTheSecretOnceAndUncached() throws Exception {
        send(SETUP, asUser(ME), SETUP_BODY)
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
                .andExpect(jsonPath("$.secret").value(StubUseCases.TOTP_SETUP.secret()))
                .andExpect(jsonPath("$.otpauthUri").value(StubUseCases.TOTP_SETUP.otpauthUri()));

        SetUpTotpCommand command = useCases.lastCall(SetUpTotpCommand.class);
        assertThat(command.self()).isEqualTo(ME);
        assertThat(command.currentPassword().value()).isEqualTo("my-password-1");
    }

    @Test
    void confirmAnswersTheRecoveryCodesUncached() throws Exception {
        send(CONFIRM, asUser(ME), CODE_BODY)
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
                .andExpect(jsonPath("$.recoveryCodes.length()").value(10))
                .andExpect(jsonPath("$.recoveryCodes[0]").value(StubUseCases.RECOVERY_CODES.getFirst()));

        ConfirmTotpCommand command = useCases.lastCall(ConfirmTotpCommand.class);
        assertThat(command.self()).isEqualTo(ME);
        assertThat(command.code()).isEqualTo("123456");
    }

    @Test
    void regenerateAnswersNewRecoveryCodesUncached() throws Exception {
        send(RECOVERY_CODES, asUser(ME), CODE_BODY)
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
                .andExpect(jsonPath("$.recoveryCodes.length()").value(10));

        RegenerateRecoveryCodesCommand command = useCases.lastCall(RegenerateRecoveryCodesCommand.class);
        assertThat(command.self()).isEqualTo(ME);
        assertThat(command.code()).isEqualTo("123456");
    }

    @Test
    void disableAnswers204() throws Exception {
        send(DISABLE, asUser(ME), DISABLE_BODY)
                .andExpect(status().isNoContent())
                .andExpect(content().string(""));

        DisableMfaCommand command = useCases.lastCall(DisableMfaCommand.class);
        assertThat(command.self()).isEqualTo(ME);
        assertThat(command.currentPassword().value()).isEqualTo("my-password-1");
        assertThat(command.code()).isEqualTo("123456");
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(SETUP, SETUP_BODY, new InvalidCurrentPasswordException(), 400, "invalid-current-password"),
                Arguments.of(SETUP, SETUP_BODY, new MfaAlreadyEnabledException(), 409, "mfa-already-enabled"),
                Arguments.of(CONFIRM, CODE_BODY, new InvalidMfaCodeException(), 400, "invalid-mfa-code"),
                Arguments.of(CONFIRM, CODE_BODY, new MfaSetupNotStartedException(), 409, "mfa-setup-not-started"),
                Arguments.of(RECOVERY_CODES, CODE_BODY, new InvalidMfaCodeException(), 400, "invalid-mfa-code"),
                Arguments.of(RECOVERY_CODES, CODE_BODY, new MfaNotEnabledException(), 409, "mfa-not-enabled"),
                Arguments.of(
                        DISABLE, DISABLE_BODY, new InvalidCurrentPasswordException(), 400, "invalid-current-password"),
                Arguments.of(DISABLE, DISABLE_BODY, new InvalidMfaCodeException(), 400, "invalid-mfa-code"),
                Arguments.of(DISABLE, DISABLE_BODY, new MfaNotEnabledException(), 409, "mfa-not-enabled"),
                Arguments.of(
                        DISABLE, DISABLE_BODY, new MfaRequiredForAdminsException(), 409, "mfa-required-for-admins"));
    }

    @ParameterizedTest(name = "{0} {2} -> {3} {4}")
    @MethodSource("refusals")
    void theUseCasesRefusalsAreProblemsThatRepeatNoSecret(
            String path, String body, RuntimeException refusal, int status, String slug) throws Exception {
        useCases.failWith(refusal);

        send(path, asUser(ME), body)
                .andExpect(problem(status, slug))
                .andExpect(header().doesNotExist(HttpHeaders.WWW_AUTHENTICATE))
                .andExpect(content().string(not(containsString("123456"))))
                .andExpect(content().string(not(containsString("my-password-1"))));
    }

    /** A wrong current password while the account is locked (contract: like PUT /users/me/password). */
    @ParameterizedTest
    @ValueSource(strings = {SETUP, DISABLE})
    void aLockedAccountIs429WithRetryAfter(String path) throws Exception {
        useCases.failWith(new TooManyLoginAttemptsException(Duration.ofSeconds(30)));

        send(path, asUser(ME), path.equals(SETUP) ? SETUP_BODY : DISABLE_BODY)
                .andExpect(problem(429, "too-many-attempts"))
                .andExpect(header().string("Retry-After", "30"));
    }

    /** The fields each endpoint takes. */
    private static final Map<String, List<String>> FIELDS = Map.of(
            SETUP, List.of("currentPassword"),
            CONFIRM, List.of("code"),
            RECOVERY_CODES, List.of("code"),
            DISABLE, List.of("currentPassword", "code"));

    static Stream<Arguments> badBodies() {
        return FIELDS.keySet().stream()
                .sorted()
                .flatMap(path -> Stream.of(
                        Arguments.of(path, "{}", "validation-failed"),
                        Arguments.of(path, everyField(path, "null"), "validation-failed"),
                        // An empty password, a blank code.
                        Arguments.of(
                                path,
                                everyField(path, "\"\"").replace("\"code\":\"\"", "\"code\":\"  \""),
                                "validation-failed"),
                        Arguments.of(path, everyField(path, "123456"), "malformed-request"),
                        Arguments.of(path, everyField(path, "true"), "malformed-request"),
                        Arguments.of(path, everyField(path, "[\"123456\"]"), "malformed-request"),
                        Arguments.of(path, everyField(path, "{\"a\":1}"), "malformed-request"),
                        Arguments.of(path, "{\"enabled\":true}", "malformed-request"),
                        Arguments.of(path, "[]", "malformed-request"),
                        Arguments.of(path, "null", "malformed-request"),
                        Arguments.of(path, "not json", "malformed-request")));
    }

    private static String everyField(String path, String value) {
        return FIELDS.get(path).stream()
                .map(field -> "\"" + field + "\":" + value)
                .collect(Collectors.joining(",", "{", "}"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badBodies")
    void aBadBodyIs400AndCallsNothing(String path, String body, String slug) throws Exception {
        send(path, asUser(ME), body).andExpect(problem(400, slug));

        assertThat(useCases.calls()).isEmpty();
    }

    /** Each endpoint takes only its own fields: the others' are refused, not ignored. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                SETUP + " {\"currentPassword\":\"my-password-1\",\"code\":\"123456\"}",
                CONFIRM + " {\"code\":\"123456\",\"currentPassword\":\"my-password-1\"}",
                RECOVERY_CODES + " {\"code\":\"123456\",\"recoveryCode\":\"abc\"}",
                DISABLE + " {\"currentPassword\":\"my-password-1\",\"code\":\"123456\",\"enabled\":false}"
            })
    void aFieldTheEndpointDoesNotTakeIsRefused(String pathAndBody) throws Exception {
        String[] parts = pathAndBody.split(" ", 2);
        send(parts[0], asUser(ME), parts[1]).andExpect(problem(400, "malformed-request"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void missingFieldsAreReportedAgainstTheirOwnNames() throws Exception {
        send(DISABLE, asUser(ME), "{}")
                .andExpect(problem(400, "validation-failed"))
                .andExpect(jsonPath("$.errors[*].field").value(contains("currentPassword", "code")));
    }

    @Test
    void aBodyThatIsNotJsonIs415() throws Exception {
        mvc.perform(post(CONFIRM)
                        .with(asUser(ME))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("123456"))
                .andExpect(problem(415, "unsupported-media-type"));
    }

    @Test
    void statusTakesNoOtherMethod() throws Exception {
        mvc.perform(put(MFA).with(asUser(ME))).andExpect(problem(405, "method-not-allowed"));
    }

    private ResultActions send(String path, RequestPostProcessor token, String body) throws Exception {
        return mvc.perform(
                post(path).with(token).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
