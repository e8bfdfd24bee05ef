package dev.gatehouse.adapter.in.rest.auth;

import static dev.gatehouse.adapter.in.rest.support.ProblemAssertions.noServerError;
import static dev.gatehouse.adapter.in.rest.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.gatehouse.adapter.in.rest.support.HostileJson;
import dev.gatehouse.adapter.in.rest.support.SliceTest;
import dev.gatehouse.adapter.in.rest.support.TestClients;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.common.InvalidInputException;
import dev.gatehouse.domain.email.EmailToken;
import dev.gatehouse.domain.email.EmailTokenPurpose;
import dev.gatehouse.domain.email.InvalidEmailTokenException;
import dev.gatehouse.domain.port.in.email.ConfirmEmailChangeCommand;
import dev.gatehouse.domain.port.in.email.ConfirmPasswordResetCommand;
import dev.gatehouse.domain.port.in.email.RequestPasswordResetCommand;
import dev.gatehouse.domain.port.in.email.VerifyEmailCommand;
import dev.gatehouse.domain.testing.UserBuilder;
import dev.gatehouse.domain.user.EmailAlreadyTakenException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The public endpoints of mailed links: the reset request, and spending reset, verification and change tokens. */
@WebMvcTest
class EmailLinkControllerTest extends SliceTest {
    private static final String RESET = "/api/v1/auth/password-reset";
    private static final String RESET_CONFIRM = "/api/v1/auth/password-reset/confirm";
    private static final String VERIFY = "/api/v1/auth/verify-email";
    private static final String CONFIRM_CHANGE = "/api/v1/auth/confirm-email-change";

    /** What a generated token looks like: 43 characters of base64url. */
    private static final String TOKEN = "q7Vx-3_Zb9KfL2mNpQrStUvWxYz0123456789abcdEF";

    private static final String CONFIRM_BODY = "{\"token\":\"" + TOKEN + "\",\"newPassword\":\"new-password-1\"}";
    private static final String TOKEN_BODY = "{\"token\":\"" + TOKEN + "\"}";

    /** The fields each endpoint takes, each with a valid value (raw JSON). */
    private static final Map<String, Map<String, String>> FIELDS = Map.of(
            RESET, Map.of("email", "\"ada@example.com\""),
            RESET_CONFIRM, orderedFields("token", "\"" + TOKEN + "\"", "newPassword", "\"new-password-1\""),
            VERIFY, Map.of("token", "\"" + TOKEN + "\""),
            CONFIRM_CHANGE, Map.of("token", "\"" + TOKEN + "\""));

    /** The endpoints that spend a token, with the purpose each spends it for and the slug of a bad one. */
    static Stream<Arguments> tokenEndpoints() {
        return Stream.of(
                Arguments.of(RESET_CONFIRM, EmailTokenPurpose.PASSWORD_RESET, "invalid-reset-token"),
                Arguments.of(VERIFY, EmailTokenPurpose.VERIFY_EMAIL, "invalid-verification-token"),
                Arguments.of(CONFIRM_CHANGE, EmailTokenPurpose.EMAIL_CHANGE, "invalid-email-change-token"));
    }

    // --- asking for a reset link

    @Test
    void aResetRequestIs202WithTheFixedMessageAndPassesTheNormalisedEmailAndClient() throws Exception {
        mvc.perform(json(post(RESET), "{\"email\":\"  Ada@Example.COM \"}")
                        .with(TestClients.from("192.0.2.10", "reset-client/1.0")))
                .andExpect(status().isAccepted())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content()
                        .string(
                                "{\"message\":\"If an enabled account has this address, a link to reset its password is "
                                        + "on its way.\"}"));

        RequestPasswordResetCommand command = useCases.lastCall(RequestPasswordResetCommand.class);
        assertThat(command.email().value()).isEqualTo("ada@example.com");
        assertThat(command.client()).isEqualTo(new ClientInfo("192.0.2.10", "reset-client/1.0"));
    }

    /** Nothing of the address, and nothing that depends on it, is in the answer. */
    @Test
    void theAnswerIsTheSameWhateverTheAddress() throws Exception {
        String first = mvc.perform(json(post(RESET), "{\"email\":\"ada@example.com\"}"))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String second = mvc.perform(json(post(RESET), "{\"email\":\"nobody-here@example.org\"}"))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(second).isEqualTo(first).doesNotContain("example");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{}",
                "{\"email\":null}",
                "{\"email\":\"\"}",
                "{\"email\":\"not an email\"}",
                "{\"email\":\"ada@\"}",
                "{\"email\":\"ada\\u0000@example.com\"}",
                "{\"email\":\"ada\\ud800@example.com\"}",
                "{\"email\":\"ada\\u00a0@example.com\"}"
            })
    void somethingThatIsNoEmailIsAValidationErrorAndCallsNothing(String body) throws Exception {
        mvc.perform(json(post(RESET), body))
                .andExpect(problem(400, "validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value("email"));

        assertThat(useCases.calls()).isEmpty();
    }

    // --- spending a token

    @Test
    void aResetConfirmationIs204AndPassesTheTokenUnchanged() throws Exception {
        mvc.perform(json(post(RESET_CONFIRM), CONFIRM_BODY).with(TestClients.from("192.0.2.11", "browser")))
                .andExpect(status().isNoContent())
                .andExpect(content().string(""));

        ConfirmPasswordResetCommand command = useCases.lastCall(ConfirmPasswordResetCommand.class);
        assertThat(command.token()).isEqualTo(new EmailToken(TOKEN));
        assertThat(command.newPassword().value()).isEqualTo("new-password-1");
        assertThat(command.client()).isEqualTo(new ClientInfo("192.0.2.11", "browser"));
    }

    @Test
    void aVerificationIs204AndPassesTheTokenUnchanged() throws Exception {
        mvc.perform(json(post(VERIFY), TOKEN_BODY).with(TestClients.from("192.0.2.12", "browser")))
                .andExpect(status().isNoContent())
                .andExpect(content().string(""));

        VerifyEmailCommand command = useCases.lastCall(VerifyEmailCommand.class);
        assertThat(command.token()).isEqualTo(new EmailToken(TOKEN));
        assertThat(command.client()).isEqualTo(new ClientInfo("192.0.2.12", "browser"));
    }

    @Test
    void anEmailChangeConfirmationAnswersTheAccountWithItsNewVerifiedEmail() throws Exception {
        useCases.answerWith(
                UserBuilder.aUser().withEmail("ada@example.org").emailVerified().build());

        mvc.perform(json(post(CONFIRM_CHANGE), TOKEN_BODY).with(TestClients.from("192.0.2.13", "browser")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("ada@example.org"))
                .andExpect(jsonPath("$.emailVerified").value(true))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());

        ConfirmEmailChangeCommand command = useCases.lastCall(ConfirmEmailChangeCommand.class);
        assertThat(command.token()).isEqualTo(new EmailToken(TOKEN));
        assertThat(command.client()).isEqualTo(new ClientInfo("192.0.2.13", "browser"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("tokenEndpoints")
    void aTokenTheUseCaseRefusesIsThePurposesProblemWithoutTheToken(String path, EmailTokenPurpose purpose, String slug)
            throws Exception {
        useCases.failWith(new InvalidEmailTokenException(purpose));

        send(path, validBody(path))
                .andExpect(problem(400, slug))
                .andExpect(content().string(not(containsString(TOKEN))))
                .andExpect(content().string(not(containsString("new-password-1"))));
    }

    /** Text that cannot be a token gets the answer of an unknown token, before the use case sees it. */
    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("tokenEndpoints")
    void textThatCannotBeATokenIsAnsweredLikeAnUnknownOne(String path, EmailTokenPurpose purpose, String slug)
            throws Exception {
        List<String> notTokens = List.of(
                "\"" + "a".repeat(EmailTokenText.MAX_LENGTH + 1) + "\"",
                "\"" + TOKEN + "=\"",
                "\"" + TOKEN + " \"",
                "\"tok.en\"",
                "\"tok+en/\"",
                "\"\\u0000\"",
                "\"tok\\u0000en\"",
                "\"tok\\u001fen\"",
                "\"\\ud800\"",
                "\"tok\\u2028en\"",
                "\"t\u00f6ken\"",
                "\"%41%42\"");
        for (String notAToken : notTokens) {
            send(path, HostileJson.with(FIELDS.get(path), "token", notAToken)).andExpect(problem(400, slug));
        }

        assertThat(useCases.calls()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokenEndpoints")
    void aTokenOfTheLongestAcceptedLengthReachesTheUseCase(String path) throws Exception {
        String longest = "A".repeat(EmailTokenText.MAX_LENGTH);

        send(path, HostileJson.with(FIELDS.get(path), "token", "\"" + longest + "\""))
                .andExpect(status().is2xxSuccessful());

        assertThat(useCases.calls()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokenEndpoints")
    void aMissingNullOrBlankTokenIsAValidationError(String path) throws Exception {
        for (String token : List.of("null", "\"\"", "\"  \"")) {
            send(path, HostileJson.with(FIELDS.get(path), "token", token))
                    .andExpect(problem(400, "validation-failed"))
                    .andExpect(jsonPath("$.errors[0].field").value("token"));
        }
        send(path, "{}").andExpect(problem(400, "validation-failed"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void aNewPasswordThatBreaksThePolicyIsAValidationErrorOnItsField() throws Exception {
        useCases.failWith(new InvalidInputException("newPassword", "must be at least 8 characters"));

        send(RESET_CONFIRM, CONFIRM_BODY)
                .andExpect(problem(400, "validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value("newPassword"))
                .andExpect(content().string(not(containsString("new-password-1"))));
    }

    @Test
    void missingFieldsOfAResetConfirmationAreReportedTogether() throws Exception {
        send(RESET_CONFIRM, "{}")
                .andExpect(problem(400, "validation-failed"))
                .andExpect(jsonPath("$.errors[*].field").value(contains("token", "newPassword")));
        send(RESET_CONFIRM, "{\"token\":\"" + TOKEN + "\",\"newPassword\":\"\"}")
                .andExpect(problem(400, "validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value("newPassword"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void anAddressTakenMeanwhileIs409EmailTaken() throws Exception {
        useCases.failWith(new EmailAlreadyTakenException());

        send(CONFIRM_CHANGE, TOKEN_BODY).andExpect(problem(409, "email-taken"));
    }

    // --- every endpoint

    static Stream<String> paths() {
        return FIELDS.keySet().stream().sorted();
    }

    /** Strict JSON: each endpoint takes only its own fields, as the type it is. */
    static Stream<Arguments> malformedBodies() {
        return paths().flatMap(path -> Stream.concat(
                        Stream.of(
                                "{\"email\":\"ada@example.com\",\"token\":\"" + TOKEN
                                        + "\",\"newPassword\":\"pw-long-enough\"}",
                                withField(path, "\"enabled\":true"),
                                withField(path, "\"password\":\"pw-long-enough\""),
                                "[]",
                                "null",
                                "\"" + TOKEN + "\"",
                                "not json",
                                "{\"token\":\"" + TOKEN + "\"",
                                // Raw control characters: not JSON at all.
                                "{\"email\":\"a\u0000@example.com\",\"token\":\"t\u0000\"}"),
                        FIELDS.get(path).keySet().stream()
                                .flatMap(field -> Stream.of("123", "true", "[\"x\"]", "{\"x\":\"y\"}")
                                        .map(value -> HostileJson.with(FIELDS.get(path), field, value))))
                .map(body -> Arguments.of(path, body)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("malformedBodies")
    void aMalformedBodyIs400AndCallsNothing(String path, String body) throws Exception {
        send(path, body).andExpect(problem(400, "malformed-request"));

        assertThat(useCases.calls()).isEmpty();
    }

    static Stream<Arguments> hostileBodies() {
        return paths().flatMap(path -> HostileJson.bodies(FIELDS.get(path))
                .map(args -> Arguments.of(path, args.get(0), args.get(1), args.get(2))));
    }

    /** Every field of every body, set to each hostile value: a 4xx (or a 2xx where the use case takes it), never a 5xx. */
    @ParameterizedTest(name = "{0} {1}={2}")
    @MethodSource("hostileBodies")
    void noFieldValueGetsAServerError(String path, String field, String value, String body) throws Exception {
        ResultActions result = send(path, body).andExpect(noServerError());
        if (!field.equals("newPassword")) {
            // The adapter decides on these itself; only a password is the use case's to judge.
            result.andExpect(status().is4xxClientError());
        }
    }

    @ParameterizedTest
    @MethodSource("paths")
    void aBodyOverOneMebibyteIs413(String path) throws Exception {
        String field = FIELDS.get(path).keySet().iterator().next();
        byte[] body = HostileJson.with(FIELDS.get(path), field, "\"" + "a".repeat(1024 * 1024) + "\"")
                .getBytes(StandardCharsets.UTF_8);

        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(problem(413, "payload-too-large"));

        assertThat(useCases.calls()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("paths")
    void aBodyThatIsNotJsonIs415(String path) throws Exception {
        mvc.perform(post(path)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("token=" + TOKEN))
                .andExpect(problem(415, "unsupported-media-type"));
        mvc.perform(post(path).content(validBody(path))).andExpect(problem(415, "unsupported-media-type"));

        assertThat(useCases.calls()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("paths")
    void aMissingBodyIsMalformed(String path) throws Exception {
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON)).andExpect(problem(400, "malformed-request"));

        assertThat(useCases.calls()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("paths")
    void aWrongMethodIs405(String path) throws Exception {
        mvc.perform(get(path)).andExpect(problem(405, "method-not-allowed"));
    }

    /** Public: no token needed, and one sent along (a stale one, say) is ignored rather than refused. */
    @ParameterizedTest
    @MethodSource("paths")
    void isPublicAndIgnoresAnAccessTokenSentAlong(String path) throws Exception {
        send(path, validBody(path)).andExpect(status().is2xxSuccessful());
        mvc.perform(json(post(path), validBody(path)).header(HttpHeaders.AUTHORIZATION, "Bearer not.a.token"))
                .andExpect(status().is2xxSuccessful())
                .andExpect(header().doesNotExist(HttpHeaders.WWW_AUTHENTICATE));
    }

    private static String validBody(String path) {
        return HostileJson.json(FIELDS.get(path));
    }

    private static String withField(String path, String extra) {
        String valid = validBody(path);
        return valid.substring(0, valid.length() - 1) + "," + extra + "}";
    }

    private static Map<String, String> orderedFields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private ResultActions send(String path, String body) throws Exception {
        return mvc.perform(json(post(path), body));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
