package dev.gatehouse.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Registration mails a link that proves the address; the link works once; a new one can be asked for. */
class EmailVerificationE2ETest extends MailEndToEndTest {

    @Test
    void registrationMailsALinkThatVerifiesTheAddressOnce() {
        String email = uniqueEmail("vera");
        String id = register(email);
        MailCatcher.ReceivedMail mail = awaitMailNumber(email, 1);
        assertThat(mail.from()).contains("no-reply@gatehouse.test");
        assertThat(mail.text()).contains("/verify-email#token=").contains("24 hours");
        String accessToken = logIn(email, PASSWORD);
        assertThat(api.get("/api/v1/users/me", accessToken)
                        .json()
                        .path("emailVerified")
                        .asBoolean())
                .isFalse();

        HttpApi.Response verified = verify(mail.linkToken());

        assertThat(verified.status()).as(verified.body()).isEqualTo(204);
        assertThat(api.get("/api/v1/users/me", accessToken)
                        .json()
                        .path("emailVerified")
                        .asBoolean())
                .isTrue();
        assertProblem(verify(mail.linkToken()), 400, "invalid-verification-token");
        HttpApi.Response events = api.get("/api/v1/audit-events?userId=" + id + "&type=EMAIL_VERIFIED", adminToken());
        assertThat(events.json().path("totalItems").asInt()).isEqualTo(1);
        assertThat(events.body()).doesNotContain(mail.linkToken());
    }

    @Test
    void aNewLinkSupersedesTheFirstAndAVerifiedAccountAsksForNone() {
        String email = uniqueEmail("resend");
        register(email);
        String first = awaitMailNumber(email, 1).linkToken();
        String accessToken = logIn(email, PASSWORD);
        // The registration mail was the last one: a new one within 60 s is accepted and sends nothing.
        HttpApi.Response tooSoon = resend(accessToken);
        assertThat(tooSoon.status()).as(tooSoon.body()).isEqualTo(202);
        assertMailCountStays(email, 1);
        // A minute later (the registration's token dated back in the database), a new link supersedes the first.
        jdbc().update("UPDATE email_tokens SET created_at = created_at - interval '61 seconds'");

        HttpApi.Response resent = resend(accessToken);

        assertThat(resent.status()).as(resent.body()).isEqualTo(202);
        String second = awaitMailNumber(email, 2).linkToken();
        assertThat(second).isNotEqualTo(first);
        assertProblem(verify(first), 400, "invalid-verification-token");
        assertThat(verify(second).status()).isEqualTo(204);
        assertProblem(resend(accessToken), 409, "email-already-verified");
    }

    @Test
    void anExpiredLinkOrATokenOfAnotherPurposeIsRefused() {
        String email = uniqueEmail("late");
        register(email);
        String token = awaitMailNumber(email, 1).linkToken();

        assertProblem(
                api.post(
                        "/api/v1/auth/password-reset/confirm",
                        HttpApi.body("token", token, "newPassword", "another fine password"),
                        null),
                400,
                "invalid-reset-token");
        assertProblem(
                api.post("/api/v1/auth/confirm-email-change", HttpApi.body("token", token), null),
                400,
                "invalid-email-change-token");
        jdbc().update(
                        "UPDATE email_tokens SET expires_at = now() - interval '1 second' WHERE purpose = 'VERIFY_EMAIL'");
        assertProblem(verify(token), 400, "invalid-verification-token");
    }

    @Test
    void anAccountAnAdminVouchesForGetsNoMailAndOneItDoesNotGetsTheLink() {
        String vouched = uniqueEmail("vouched");
        String unvouched = uniqueEmail("unvouched");
        for (String email : List.of(vouched, unvouched)) {
            HttpApi.Response created = api.post(
                    "/api/v1/users",
                    HttpApi.body("email", email, "password", PASSWORD, "emailVerified", email.equals(vouched)),
                    adminToken());
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.json().path("emailVerified").asBoolean()).isEqualTo(email.equals(vouched));
        }
        awaitMail(unvouched, 1);
        assertThat(MAIL.mailTo(vouched)).isEmpty();
    }

    @Test
    void garbageTokensAreRefusedLikeUnknownOnes() {
        for (String token : List.of("", "x", "not a token", "a".repeat(5000), "\u0000", "🙂")) {
            HttpApi.Response response = verify(token);
            assertThat(response.status()).as(response.body()).isEqualTo(400);
        }
    }

    /** Asks for a new verification mail, as a client does: no body at all. */
    private HttpApi.Response resend(String accessToken) {
        return api.postWithHeaders(
                "/api/v1/users/me/email-verification", null, Map.of("Authorization", "Bearer " + accessToken));
    }

    private HttpApi.Response verify(String token) {
        return api.post("/api/v1/auth/verify-email", HttpApi.body("token", token), null);
    }
}
