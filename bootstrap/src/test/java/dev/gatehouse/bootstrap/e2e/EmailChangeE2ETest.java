package dev.gatehouse.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Moving an account to another address: confirmed from the new mailbox, noticed at the old one. */
class EmailChangeE2ETest extends MailEndToEndTest {

    @Test
    void theLinkMailedToTheNewAddressSwitchesTheAccountAndEndsEarlierAccessTokens() {
        String oldEmail = uniqueEmail("old");
        String newEmail = uniqueEmail("new");
        String id = register(oldEmail);
        JsonNode tokens = logInForTokens(oldEmail, PASSWORD);
        String accessToken = tokens.path("access_token").asString();

        HttpApi.Response requested = requestChange(newEmail, PASSWORD, accessToken);

        assertThat(requested.status()).as(requested.body()).isEqualTo(202);
        MailCatcher.ReceivedMail confirmation = awaitMailNumber(newEmail, 1);
        assertThat(confirmation.text()).contains("/confirm-email#token=");
        MailCatcher.ReceivedMail notice = awaitMailNumber(oldEmail, 2);
        assertThat(notice.hasLink()).isFalse();
        assertThat(api.get("/api/v1/users/me", accessToken).json().path("email").asString())
                .isEqualTo(oldEmail);

        HttpApi.Response confirmed = confirm(confirmation.linkToken());

        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().path("email").asString()).isEqualTo(newEmail);
        assertThat(confirmed.json().path("emailVerified").asBoolean()).isTrue();
        eventually(
                Duration.ofSeconds(10),
                () -> assertThat(api.get("/api/v1/users/me", accessToken).status())
                        .isEqualTo(401));
        HttpApi.Response refreshed = refresh(tokens.path("refresh_token").asString());
        assertThat(refreshed.status()).as("sessions stay").isEqualTo(200);
        assertThat(jwtPart(refreshed.json().path("access_token").asString(), 1)
                        .path("email")
                        .asString())
                .isEqualTo(newEmail);
        logIn(newEmail, PASSWORD);
        assertProblem(
                api.post("/api/v1/auth/login", HttpApi.body("email", oldEmail, "password", PASSWORD), null),
                401,
                "invalid-credentials");
        MailCatcher.ReceivedMail changed = awaitMailNumber(oldEmail, 3);
        assertThat(changed.hasLink()).isFalse();
        assertProblem(confirm(confirmation.linkToken()), 400, "invalid-email-change-token");
        HttpApi.Response events = api.get("/api/v1/audit-events?userId=" + id, adminToken());
        assertThat(events.body())
                .contains("EMAIL_CHANGE_REQUESTED", "EMAIL_CHANGED")
                .doesNotContain(confirmation.linkToken());
    }

    @Test
    void aNewerRequestSupersedesTheEarlierLink() {
        String email = uniqueEmail("indecisive");
        String first = uniqueEmail("first-choice");
        String second = uniqueEmail("second-choice");
        register(email);
        String accessToken = logIn(email, PASSWORD);
        requestChange(first, PASSWORD, accessToken);
        String firstToken = awaitMailNumber(first, 1).linkToken();

        requestChange(second, PASSWORD, accessToken);

        String secondToken = awaitMailNumber(second, 1).linkToken();
        assertProblem(confirm(firstToken), 400, "invalid-email-change-token");
        assertThat(confirm(secondToken).json().path("email").asString()).isEqualTo(second);
    }

    @Test
    void anAddressTakenMeanwhileIsRefusedAndNothingChangesOrIsMailed() {
        String email = uniqueEmail("slowpoke");
        String wanted = uniqueEmail("wanted");
        register(email);
        String accessToken = logIn(email, PASSWORD);
        requestChange(wanted, PASSWORD, accessToken);
        String token = awaitMailNumber(wanted, 1).linkToken();
        register(wanted);

        assertProblem(confirm(token), 409, "email-taken");

        assertThat(api.get("/api/v1/users/me", accessToken).json().path("email").asString())
                .isEqualTo(email);
        // The verification mail and the request's notice, and no "address changed" notice.
        assertMailCountStays(email, 2);
    }

    @Test
    void aWrongPasswordATakenAddressOrABadAddressIsRefusedAtOnce() {
        String email = uniqueEmail("careless");
        String taken = uniqueEmail("taken");
        register(email);
        register(taken);
        String accessToken = logIn(email, PASSWORD);

        assertProblem(requestChange(uniqueEmail("x"), "not my password", accessToken), 400, "invalid-current-password");
        assertProblem(requestChange(taken, PASSWORD, accessToken), 409, "email-taken");
        assertProblem(requestChange("not an address", PASSWORD, accessToken), 400, "validation-failed");
        assertThat(requestChange(uniqueEmail("x"), PASSWORD, null).status()).isEqualTo(401);
        assertMailCountStays(email, 1);
    }

    @Test
    void twoConfirmationsWithOneLinkAtOnceExactlyOneWins() throws Exception {
        String email = uniqueEmail("double");
        String target = uniqueEmail("target");
        register(email);
        requestChange(target, PASSWORD, logIn(email, PASSWORD));
        String token = awaitMailNumber(target, 1).linkToken();
        Callable<HttpApi.Response> confirmation = () -> confirm(token);

        List<HttpApi.Response> answers = inParallel(List.of(confirmation, confirmation, confirmation));

        assertThat(answers).extracting(HttpApi.Response::status).containsOnly(200, 400);
        assertThat(answers).filteredOn(answer -> answer.status() == 200).hasSize(1);
    }

    private HttpApi.Response requestChange(String newEmail, String currentPassword, String accessToken) {
        return api.put(
                "/api/v1/users/me/email",
                HttpApi.body("newEmail", newEmail, "currentPassword", currentPassword),
                accessToken);
    }

    private HttpApi.Response confirm(String token) {
        return api.post("/api/v1/auth/confirm-email-change", HttpApi.body("token", token), null);
    }
}
