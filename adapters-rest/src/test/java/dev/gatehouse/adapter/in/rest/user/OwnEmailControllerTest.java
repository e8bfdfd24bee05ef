package dev.gatehouse.adapter.in.rest.user;

import static dev.gatehouse.adapter.in.rest.support.ProblemAssertions.noServerError;
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

import dev.gatehouse.adapter.in.rest.support.HostileJson;
import dev.gatehouse.adapter.in.rest.support.SliceTest;
import dev.gatehouse.adapter.in.rest.support.TestClients;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.auth.TooManyLoginAttemptsException;
import dev.gatehouse.domain.email.EmailAlreadyVerifiedException;
import dev.gatehouse.domain.password.InvalidCurrentPasswordException;
import dev.gatehouse.domain.port.in.email.RequestEmailChangeCommand;
import dev.gatehouse.domain.port.in.email.ResendEmailVerificationCommand;
import dev.gatehouse.domain.user.EmailAlreadyTakenException;
import dev.gatehouse.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
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

/** The signed-in account's own email: a new verification link, and a change of address. */
@WebMvcTest
class OwnEmailControllerTest extends SliceTest {
    private static final UserId ME = UserId.newId();
    private static final String VERIFICATION = "/api/v1/users/me/email-verification";
    private static final String EMAIL = "/api/v1/users/me/email";
    private static final String CHANGE_BODY =
            "{\"newEmail\":\"ada@example.org\",\"currentPassword\":\"my-password-1\"}";

    private static final Map<String, String> CHANGE_FIELDS = new LinkedHashMap<>();

    static {
        CHANGE_FIELDS.put("newEmail", "\"ada@example.org\"");
        CHANGE_FIELDS.put("currentPassword", "\"my-password-1\"");
    }

    // --- a new verification link

    @Test
    void aVerificationRequestNeedsNoBodyAndIs202() throws Exception {
        mvc.perform(post(VERIFICATION).with(asUser(ME)).with(TestClients.from("192.0.2.20", "app/2.0")))
                .andExpect(status().isAccepted())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.message").value(OwnEmailController.VERIFICATION_REQUESTED.message()));

        ResendEmailVerificationCommand command = useCases.lastCall(ResendEmailVerificationCommand.class);
        assertThat(command.self()).isEqualTo(ME);
        assertThat(command.client()).isEqualTo(new ClientInfo("192.0.2.20", "app/2.0"));
    }

    /** A client that labels every request JSON, with nothing in it, is not refused. */
    @Test
    void anEmptyBodyOfAnyDeclaredTypeIsFine() throws Exception {
        mvc.perform(post(VERIFICATION).with(asUser(ME)).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isAccepted());
        mvc.perform(post(VERIFICATION).with(asUser(ME)).contentType(MediaType.TEXT_PLAIN))
                .andExpect(status().isAccepted());
    }

    /** As for the signing-key rotation: a body the endpoint cannot take is refused, not ignored. */
    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"email\":\"ada@example.org\"}", "x", "\u0000"})
    void aBodyIsRefusedAndCallsNothing(String body) throws Exception {
        mvc.perform(post(VERIFICATION)
                        .with(asUser(ME))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(problem(400, "malformed-request"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void aVerifiedEmailIs409EmailAlreadyVerified() throws Exception {
        useCases.failWith(new EmailAlreadyVerifiedException());

        mvc.perform(post(VERIFICATION).with(asUser(ME))).andExpect(problem(409, "email-already-verified"));
    }

    // --- a change of address

    @Test
    void aChangeIs202AndPassesTheNormalisedNewEmailAndThePassword() throws Exception {
        send(
                        "{\"newEmail\":\"  Ada@Example.ORG\\t\",\"currentPassword\":\"my-password-1\"}",
                        TestClients.from("192.0.2.21", "app/2.0"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.message").value(OwnEmailController.CHANGE_REQUESTED.message()))
                .andExpect(content().string(not(containsString("my-password-1"))))
                .andExpect(content().string(not(containsString("ada@example.org"))));

        RequestEmailChangeCommand command = useCases.lastCall(RequestEmailChangeCommand.class);
        assertThat(command.self()).isEqualTo(ME);
        assertThat(command.newEmail().value()).isEqualTo("ada@example.org");
        assertThat(command.currentPassword().value()).isEqualTo("my-password-1");
        assertThat(command.client()).isEqualTo(new ClientInfo("192.0.2.21", "app/2.0"));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(new InvalidCurrentPasswordException(), 400, "invalid-current-password"),
                Arguments.of(new EmailAlreadyTakenException(), 409, "email-taken"));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @MethodSource("refusals")
    void theUseCasesRefusalsAreProblemsThatRepeatNoSecret(RuntimeException refusal, int status, String slug)
            throws Exception {
        useCases.failWith(refusal);

        send(CHANGE_BODY)
                .andExpect(problem(status, slug))
                .andExpect(header().doesNotExist(HttpHeaders.WWW_AUTHENTICATE))
                .andExpect(content().string(not(containsString("my-password-1"))));
    }

    @Test
    void aLockedAccountIs429WithRetryAfter() throws Exception {
        useCases.failWith(new TooManyLoginAttemptsException(Duration.ofSeconds(30)));

        send(CHANGE_BODY).andExpect(problem(429, "too-many-attempts")).andExpect(header().string("Retry-After", "30"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"\"",
                "null",
                "\"not an email\"",
                "\"ada@\"",
                "\"ada\\u0000@example.org\"",
                "\"ada\\ud800@example.org\"",
                "\"ada\\u2028@example.org\""
            })
    void aNewEmailThatIsNoEmailIsAValidationErrorOnItsField(String newEmail) throws Exception {
        send(HostileJson.with(CHANGE_FIELDS, "newEmail", newEmail))
                .andExpect(problem(400, "validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value("newEmail"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void missingFieldsAreReportedAgainstTheirOwnNames() throws Exception {
        send("{}")
                .andExpect(problem(400, "validation-failed"))
                .andExpect(jsonPath("$.errors[*].field").value(contains("newEmail", "currentPassword")));
    }

    static Stream<String> malformedBodies() {
        Stream<String> wrongTypes = CHANGE_FIELDS.keySet().stream()
                .flatMap(field -> Stream.of("123", "true", "[\"x\"]", "{\"x\":\"y\"}")
                        .map(value -> HostileJson.with(CHANGE_FIELDS, field, value)));
        return Stream.concat(
                wrongTypes,
                Stream.of(
                        "{\"newEmail\":\"ada@example.org\",\"currentPassword\":\"my-password-1\",\"email\":\"x@y.z\"}",
                        "{\"newEmail\":\"ada@example.org\",\"currentPassword\":\"my-password-1\",\"enabled\":true}",
                        "{\"newEmail\":\"ada@example.org\",\"password\":\"my-password-1\"}",
                        "[]",
                        "null",
                        "not json",
                        "{\"newEmail\":\"ada@example.org\""));
    }

    @ParameterizedTest
    @MethodSource("malformedBodies")
    void aMalformedBodyIs400AndCallsNothing(String body) throws Exception {
        send(body).andExpect(problem(400, "malformed-request"));

        assertThat(useCases.calls()).isEmpty();
    }

    static Stream<Arguments> hostileBodies() {
        return HostileJson.bodies(CHANGE_FIELDS).map(args -> Arguments.of(args.get(0), args.get(1), args.get(2)));
    }

    /** Every field set to each hostile value: a 4xx (or a 2xx where the use case takes it), never a 5xx. */
    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("hostileBodies")
    void noFieldValueGetsAServerError(String field, String value, String body) throws Exception {
        ResultActions result = send(body).andExpect(noServerError());
        if (field.equals("newEmail")) {
            result.andExpect(status().is4xxClientError());
        }
    }

    @Test
    void aBodyOverOneMebibyteIs413() throws Exception {
        byte[] body = HostileJson.with(CHANGE_FIELDS, "currentPassword", "\"" + "a".repeat(1024 * 1024) + "\"")
                .getBytes(StandardCharsets.UTF_8);

        mvc.perform(put(EMAIL)
                        .with(asUser(ME))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(problem(413, "payload-too-large"));
        mvc.perform(post(VERIFICATION)
                        .with(asUser(ME))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(problem(413, "payload-too-large"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void aChangeThatIsNotJsonIs415() throws Exception {
        mvc.perform(put(EMAIL)
                        .with(asUser(ME))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content(CHANGE_BODY))
                .andExpect(problem(415, "unsupported-media-type"));
        mvc.perform(put(EMAIL).with(asUser(ME)).content(CHANGE_BODY)).andExpect(problem(415, "unsupported-media-type"));

        assertThat(useCases.calls()).isEmpty();
    }

    // --- both

    static Stream<MockHttpServletRequestBuilder> requests() {
        return Stream.of(
                post(VERIFICATION),
                put(EMAIL).contentType(MediaType.APPLICATION_JSON).content(CHANGE_BODY));
    }

    @ParameterizedTest
    @MethodSource("requests")
    void withoutAValidTokenItIs401(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request)
                .andExpect(problem(401, "unauthorized"))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
        mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer not.a.token"))
                .andExpect(problem(401, "unauthorized"))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("invalid_token")));

        assertThat(useCases.calls()).isEmpty();
    }

    /** The own account takes any valid token, also an admin's from a password-only sign-in. */
    @ParameterizedTest
    @MethodSource("requests")
    void anAdminWithoutASecondFactorMayUseThem(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(asAdminWithoutMfa(ME))).andExpect(status().isAccepted());
    }

    @Test
    void otherMethodsAre405() throws Exception {
        mvc.perform(get(VERIFICATION).with(asUser(ME))).andExpect(problem(405, "method-not-allowed"));
        mvc.perform(get(EMAIL).with(asUser(ME))).andExpect(problem(405, "method-not-allowed"));
        mvc.perform(post(EMAIL)
                        .with(asUser(ME))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(CHANGE_BODY))
                .andExpect(problem(405, "method-not-allowed"));
    }

    private ResultActions send(String body) throws Exception {
        return send(body, TestClients.from("192.0.2.29"));
    }

    private ResultActions send(String body, org.springframework.test.web.servlet.request.RequestPostProcessor client)
            throws Exception {
        return mvc.perform(put(EMAIL)
                .with(asUser(ME))
                .with(client)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
