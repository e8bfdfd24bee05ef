package dev.gatehouse.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A forgotten password, reset through a mailed link: the journey, its refusals and its races. */
class PasswordResetE2ETest extends MailEndToEndTest {
    private static final String NEW_PASSWORD = "a brand new passphrase";

    @Test
    void theLinkSetsANewPasswordEndsEverySessionAndANoticeFollows() {
        String email = uniqueEmail("forgetful");
        String id = register(email);
        JsonNode tokens = logInForTokens(email, PASSWORD);
        String accessToken = tokens.path("access_token").asString();

        HttpApi.Response requested = requestReset(email);

        assertThat(requested.status()).as(requested.body()).isEqualTo(202);
        MailCatcher.ReceivedMail mail = resetMail(email);
        assertThat(mail.text()).contains("30 minutes");
        assertProblem(confirm(mail.linkToken(), "short"), 400, "validation-failed");
        HttpApi.Response confirmed = confirm(mail.linkToken(), NEW_PASSWORD);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(204);

        assertProblem(
                api.post("/api/v1/auth/login", HttpApi.body("email", email, "password", PASSWORD), null),
                401,
                "invalid-credentials");
        logIn(email, NEW_PASSWORD);
        assertProblem(refresh(tokens.path("refresh_token").asString()), 401, "invalid-refresh-token");
        eventually(
                Duration.ofSeconds(10),
                () -> assertThat(api.get("/api/v1/users/me", accessToken).status())
                        .isEqualTo(401));
        assertProblem(confirm(mail.linkToken(), "yet another passphrase"), 400, "invalid-reset-token");
        MailCatcher.ReceivedMail notice = awaitMailNumber(email, 3);
        assertThat(notice.hasLink()).isFalse();
        assertThat(notice.text()).doesNotContain(mail.linkToken());
        HttpApi.Response events = api.get("/api/v1/audit-events?userId=" + id, adminToken());
        assertThat(events.body())
                .contains("PASSWORD_RESET_REQUESTED", "PASSWORD_RESET_COMPLETED")
                .doesNotContain(mail.linkToken());
    }

    @Test
    void theRequestIsQueuedAndAnsweredOffItAndTheGaugeShowsTheQueueEmpty() {
        String email = uniqueEmail("queued");
        register(email);
        awaitMailNumber(email, 1);

        assertThat(requestReset(email).status()).isEqualTo(202);

        resetMail(email);
        eventually(
                Duration.ofSeconds(10),
                () -> assertThat(jdbc().queryForObject("SELECT count(*) FROM password_reset_requests", Long.class))
                        .isZero());
        double waiting = api.scrape("/actuator/prometheus", adminToken())
                .body()
                .lines()
                .filter(line -> line.startsWith("gatehouse_password_reset_requests_waiting"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No gatehouse_password_reset_requests_waiting in the scrape"));
        assertThat(waiting).isZero();
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        String known = uniqueEmail("known");
        String unknown = uniqueEmail("unknown");
        register(known);
        awaitMailNumber(known, 1);

        HttpApi.Response forKnown = requestReset(known);
        HttpApi.Response forUnknown = requestReset(unknown);

        assertThat(forUnknown.status()).isEqualTo(forKnown.status()).isEqualTo(202);
        assertThat(forUnknown.body()).isEqualTo(forKnown.body());
        resetMail(known);
        assertMailCountStays(unknown, 0);
        HttpApi.Response events = api.get("/api/v1/audit-events?type=PASSWORD_RESET_UNKNOWN_EMAIL", adminToken());
        assertThat(events.json().path("totalItems").asInt()).isEqualTo(1);
        assertThat(events.body()).doesNotContain(unknown);
    }

    @Test
    void atMostOneMailAMinuteAndTheNewestLinkAloneWorks() {
        String email = uniqueEmail("impatient");
        register(email);
        assertThat(requestReset(email).status()).isEqualTo(202);
        assertThat(requestReset(email).status()).isEqualTo(202);
        assertMailCountStays(email, 2);
        String first = resetMail(email).linkToken();
        // A minute later (dated back in the database), a new link supersedes the first.
        jdbc().update("UPDATE email_tokens SET created_at = created_at - interval '61 seconds'");

        assertThat(requestReset(email).status()).isEqualTo(202);

        String second = awaitMailNumber(email, 3).linkToken();
        assertProblem(confirm(first, NEW_PASSWORD), 400, "invalid-reset-token");
        assertThat(confirm(second, NEW_PASSWORD).status()).isEqualTo(204);
    }

    @Test
    void twoConfirmationsWithOneLinkAtOnceExactlyOneWins() throws Exception {
        String email = uniqueEmail("racer");
        register(email);
        requestReset(email);
        String token = resetMail(email).linkToken();
        Callable<HttpApi.Response> confirmation = () -> confirm(token, NEW_PASSWORD);

        List<HttpApi.Response> answers = inParallel(List.of(confirmation, confirmation, confirmation));

        assertThat(answers).extracting(HttpApi.Response::status).containsOnly(204, 400);
        assertThat(answers).filteredOn(answer -> answer.status() == 204).hasSize(1);
    }

    @Test
    void anExpiredLinkIsRefused() {
        String email = uniqueEmail("slow");
        register(email);
        requestReset(email);
        String token = resetMail(email).linkToken();
        jdbc().update(
                        "UPDATE email_tokens SET expires_at = now() - interval '1 second' WHERE purpose = 'PASSWORD_RESET'");

        assertProblem(confirm(token, NEW_PASSWORD), 400, "invalid-reset-token");
    }

    @Test
    void aResetClearsTheLockoutButTheSecondFactorIsStillAsked() {
        String email = uniqueEmail("locked-out");
        register(email);
        signInWithMfa(email, PASSWORD);
        for (int i = 0; i < 5; i++) {
            api.post("/api/v1/auth/login", HttpApi.body("email", email, "password", "wrong password"), null);
        }
        assertProblem(
                api.post("/api/v1/auth/login", HttpApi.body("email", email, "password", PASSWORD), null),
                429,
                "too-many-attempts");
        requestReset(email);

        assertThat(confirm(resetMail(email).linkToken(), NEW_PASSWORD).status()).isEqualTo(204);

        assertProblem(
                api.post("/api/v1/auth/login", HttpApi.body("email", email, "password", NEW_PASSWORD), null),
                401,
                "mfa-required");
    }

    @Test
    void aDisabledAccountGetsNoLink() {
        String email = uniqueEmail("disabled");
        String id = register(email);
        awaitMailNumber(email, 1);
        assertThat(api.patch("/api/v1/users/" + id, HttpApi.body("enabled", false), adminToken())
                        .status())
                .isEqualTo(200);

        assertThat(requestReset(email).status()).isEqualTo(202);

        assertMailCountStays(email, 1);
    }

    private HttpApi.Response requestReset(String email) {
        return api.post("/api/v1/auth/password-reset", HttpApi.body("email", email), null);
    }

    private HttpApi.Response confirm(String token, String newPassword) {
        return api.post(
                "/api/v1/auth/password-reset/confirm", HttpApi.body("token", token, "newPassword", newPassword), null);
    }

    /** The latest password-reset mail to {@code email} (after the registration's verification mail). */
    private static MailCatcher.ReceivedMail resetMail(String email) {
        List<MailCatcher.ReceivedMail> mail = awaitMail(email, 2);
        return mail.stream()
                .filter(received -> received.text().contains("/reset-password#token="))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("No reset mail to " + email));
    }
}
