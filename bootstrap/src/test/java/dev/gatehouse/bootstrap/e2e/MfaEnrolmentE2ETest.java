package dev.gatehouse.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.mfa.Base32;
import dev.gatehouse.domain.mfa.Totp;
import dev.gatehouse.domain.mfa.TotpSecret;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A user's TOTP journey over HTTP, with codes computed from the secret the service answered as an
 * authenticator app would: set up, confirm, see the status, regenerate the recovery codes, switch
 * it off; and the ADMIN policy refusing an admin's password-only token.
 */
class MfaEnrolmentE2ETest extends EndToEndTest {
    /** The contract: earlier access tokens die within 5 seconds of MFA being switched on or off. */
    private static final Duration TOKENS_DIE_WITHIN = Duration.ofSeconds(5);

    private static final String MFA = "/api/v1/users/me/mfa";
    private static final String CHALLENGE = "Bearer error=\"insufficient_user_authentication\","
            + " error_description=\"A sign-in with a second factor is required\", acr_values=\"aal2\"";

    private final Totp totp = new Totp();

    @Test
    void aUserEnrolsRegeneratesRecoveryCodesAndSwitchesMfaOff() {
        String email = uniqueEmail("mfa");
        register(email);
        String token = logIn(email, PASSWORD);

        JsonNode before = api.get(MFA, token).json();
        assertThat(before.path("enabled").asBoolean()).isFalse();
        assertThat(before.path("enrolledAt").isNull()).isTrue();
        assertThat(before.path("recoveryCodesRemaining").asInt()).isZero();

        HttpApi.Response setup = api.post(MFA + "/totp/setup", HttpApi.body("currentPassword", PASSWORD), token);
        assertThat(setup.status()).as(setup.body()).isEqualTo(200);
        assertThat(setup.header("Cache-Control")).isEqualTo("no-store");
        String base32 = setup.json().path("secret").asString();
        assertThat(base32).matches("[A-Z2-7]+");
        assertThat(setup.json().path("otpauthUri").asString())
                .startsWith("otpauth://totp/Gatehouse:" + email.replace("@", "%40") + "?secret=" + base32)
                .contains("&issuer=Gatehouse&algorithm=SHA1&digits=6&period=30");
        TotpSecret secret = TotpSecret.of(Base32.decode(base32));

        long step = totp.stepAt(Instant.now());
        HttpApi.Response confirm = api.post(MFA + "/totp/confirm", code(secret, step), token);
        assertThat(confirm.status()).as(confirm.body()).isEqualTo(200);
        assertThat(confirm.header("Cache-Control")).isEqualTo("no-store");
        List<String> firstCodes = codes(confirm);
        assertThat(firstCodes).hasSize(10).doesNotHaveDuplicates();

        // Confirming ends every session: the token from before dies.
        String stale = token;
        eventually(TOKENS_DIE_WITHIN, () -> assertProblem(api.get(MFA, stale), 401, "unauthorized"));

        token = signInAgain(email, firstCodes.getFirst());
        JsonNode on = api.get(MFA, token).json();
        assertThat(on.path("enabled").asBoolean()).isTrue();
        assertThat(on.path("enrolledAt").asString()).isNotBlank();

        // The confirming code is spent: the next step's code (accepted one step ahead) is a later one.
        HttpApi.Response regenerated = api.post(MFA + "/recovery-codes", code(secret, step + 1), token);
        assertThat(regenerated.status()).as(regenerated.body()).isEqualTo(200);
        assertThat(regenerated.header("Cache-Control")).isEqualTo("no-store");
        List<String> newCodes = codes(regenerated);
        assertThat(newCodes).hasSize(10).doesNotContainAnyElementsOf(firstCodes);
        assertThat(api.get(MFA, token).json().path("recoveryCodesRemaining").asInt())
                .isEqualTo(10);

        // A step already used is refused, whoever sends it.
        assertProblem(api.post(MFA + "/recovery-codes", code(secret, step + 1), token), 400, "invalid-mfa-code");

        HttpApi.Response disabled = api.post(
                MFA + "/disable", HttpApi.body("currentPassword", PASSWORD, "code", newCodes.getFirst()), token);
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(204);
        String enrolledToken = token;
        eventually(TOKENS_DIE_WITHIN, () -> assertProblem(api.get(MFA, enrolledToken), 401, "unauthorized"));

        JsonNode off = api.get(MFA, logIn(email, PASSWORD)).json();
        assertThat(off.path("enabled").asBoolean()).isFalse();
        assertThat(off.path("enrolledAt").isNull()).isTrue();
    }

    @Test
    void anAdminWithAPasswordOnlyTokenIsSentBackForASecondFactor() {
        String adminToken = logIn(newAdminWithoutMfa(), PASSWORD);

        HttpApi.Response refused = api.get("/api/v1/users", adminToken);
        assertProblem(refused, 401, "insufficient-user-authentication");
        assertThat(refused.header("WWW-Authenticate")).isEqualTo(CHALLENGE);

        // ... and may still enrol.
        assertThat(api.get(MFA, adminToken).status()).isEqualTo(200);
        assertThat(api.post(MFA + "/totp/setup", HttpApi.body("currentPassword", PASSWORD), adminToken)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aUserStillGets403FromAnAdminEndpoint() {
        assertProblem(api.get("/api/v1/users", userToken()), 403, "forbidden");
    }

    @Test
    void wrongCodesForNewRecoveryCodesLockTheAccountLikeFailedLogins() {
        String email = uniqueEmail("mfa-guess");
        register(email);
        String token = signInWithMfa(email, PASSWORD);
        TotpSecret secret = TotpSecret.of(Base32.decode(authenticatorOf(email).secret()));
        // A real code of the account's secret, but of a step the service does not accept now.
        Object wrong = code(secret, totp.stepAt(Instant.now()) + 10);

        for (int i = 0; i < 5; i++) {
            assertProblem(api.post(MFA + "/recovery-codes", wrong, token), 400, "invalid-mfa-code");
        }
        HttpApi.Response locked = api.post(MFA + "/recovery-codes", wrong, token);
        assertProblem(locked, 429, "too-many-attempts");
        assertThat(locked.header("Retry-After")).isNotBlank();
        assertProblem(
                api.post("/api/v1/auth/login", HttpApi.body("email", email, "password", PASSWORD), null),
                429,
                "too-many-attempts");
        assertThat(api.get(MFA, token).json().path("recoveryCodesRemaining").asInt())
                .isEqualTo(10);
    }

    @Test
    void wrongCodesAndPasswordsAreRefused() {
        String token = userToken();
        assertProblem(
                api.post(MFA + "/totp/setup", HttpApi.body("currentPassword", "not the password"), token),
                400,
                "invalid-current-password");
        assertProblem(
                api.post(MFA + "/totp/confirm", HttpApi.body("code", "123456"), token), 409, "mfa-setup-not-started");
        assertProblem(api.post(MFA + "/recovery-codes", HttpApi.body("code", "123456"), token), 409, "mfa-not-enabled");
        assertProblem(
                api.post(MFA + "/disable", HttpApi.body("currentPassword", PASSWORD, "code", "123456"), token),
                409,
                "mfa-not-enabled");

        assertThat(api.post(MFA + "/totp/setup", HttpApi.body("currentPassword", PASSWORD), token)
                        .status())
                .isEqualTo(200);
        assertProblem(api.post(MFA + "/totp/confirm", HttpApi.body("code", "abcdef"), token), 400, "invalid-mfa-code");
        assertProblem(
                api.post(MFA + "/totp/setup", HttpApi.body("currentPassword", PASSWORD, "code", "1"), token),
                400,
                "malformed-request");
    }

    /**
     * A login after enrolment: with password only while the login does not ask for the second
     * step, or with the password and then a recovery code once it does ({@code mfa-required}).
     */
    private String signInAgain(String email, String recoveryCode) {
        HttpApi.Response login =
                api.post("/api/v1/auth/login", HttpApi.body("email", email, "password", PASSWORD), null);
        if (login.status() == 200) {
            return login.json().path("access_token").asString();
        }
        assertProblem(login, 401, "mfa-required");
        HttpApi.Response second = api.post(
                "/api/v1/auth/login/mfa",
                HttpApi.body("mfaToken", login.json().path("mfaToken").asString(), "recoveryCode", recoveryCode),
                null);
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        return second.json().path("access_token").asString();
    }

    private Object code(TotpSecret secret, long step) {
        return HttpApi.body("code", totp.codeAt(secret, step));
    }

    private static List<String> codes(HttpApi.Response response) {
        List<String> codes = new ArrayList<>();
        response.json().path("recoveryCodes").forEach(code -> codes.add(code.asString()));
        return codes;
    }
}
