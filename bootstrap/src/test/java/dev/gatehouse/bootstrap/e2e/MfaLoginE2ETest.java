package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.lockout.CurrentPasswordCheck;
import dev.gatehouse.application.mfa.ConfirmTotpService;
import dev.gatehouse.application.mfa.SetUpTotpService;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.mfa.Base32;
import dev.gatehouse.domain.mfa.Totp;
import dev.gatehouse.domain.mfa.TotpSecret;
import dev.gatehouse.domain.mfa.TotpSetup;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.mfa.ConfirmTotpCommand;
import dev.gatehouse.domain.port.in.mfa.SetUpTotpCommand;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.SecretSealer;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The two-step login over HTTP. The account is enrolled through the application's enrolment use
 * cases, built from the running service's own stores, because their endpoints are not part of this
 * change; everything after enrolment goes over HTTP.
 */
class MfaLoginE2ETest extends EndToEndTest {
    private static final Totp TOTP = new Totp();

    @Autowired
    private UserRepository users;

    @Autowired
    private SessionRepository sessions;

    @Autowired
    private MfaEnrolmentStore enrolments;

    @Autowired
    private SecretSealer sealer;

    @Autowired
    private CurrentPasswordCheck currentPasswordCheck;

    @Autowired
    private SecurityEventLog securityEvents;

    @Autowired
    private UnitOfWork unitOfWork;

    @Autowired
    private Clock clock;

    private record Enrolled(String email, TotpSecret secret, List<String> recoveryCodes) {}

    /** A new account with MFA on; its confirming code was of the step {@link #codeOfNextStep} follows. */
    private Enrolled enrolledAccount(String name) {
        String email = uniqueEmail(name);
        UserId id = new UserId(UUID.fromString(register(email)));
        ClientInfo client = ClientInfo.unknown();
        TotpSetup setup = new SetUpTotpService(
                        users, enrolments, sealer, currentPasswordCheck, unitOfWork, clock, "Gatehouse")
                .setUpTotp(new SetUpTotpCommand(id, new Password(PASSWORD), client));
        TotpSecret secret = TotpSecret.of(Base32.decode(setup.secret()));
        List<String> recoveryCodes = new ConfirmTotpService(
                        users, sessions, enrolments, sealer, securityEvents, unitOfWork, clock)
                .confirmTotp(new ConfirmTotpCommand(id, codeAt(secret, 0), client));
        return new Enrolled(email, secret, recoveryCodes);
    }

    /** The code of the step {@code stepsFromNow} away from now (the service accepts one step either side). */
    private static String codeAt(TotpSecret secret, int stepsFromNow) {
        return TOTP.codeAt(secret, TOTP.stepAt(Instant.now()) + stepsFromNow);
    }

    /** A code later than the confirming one, without waiting for the next step: the service accepts it. */
    private static String codeOfNextStep(Enrolled account) {
        return codeAt(account.secret(), 1);
    }

    private String mfaToken(Enrolled account) {
        HttpApi.Response response =
                api.post("/api/v1/auth/login", body("email", account.email(), "password", PASSWORD), null);
        assertProblem(response, 401, "mfa-required");
        return response.json().path("mfaToken").asString();
    }

    private HttpApi.Response secondStep(String mfaToken, String field, String code) {
        return api.post("/api/v1/auth/login/mfa", body("mfaToken", mfaToken, field, code), null);
    }

    @Test
    void thePasswordAloneIssuesNoTokenAndATotpCodeCompletesTheLoginAtAal2() {
        Enrolled ada = enrolledAccount("ada");

        HttpApi.Response passwordStep =
                api.post("/api/v1/auth/login", body("email", ada.email(), "password", PASSWORD), null);
        assertProblem(passwordStep, 401, "mfa-required");
        JsonNode problem = passwordStep.json();
        assertThat(problem.path("expiresIn").asInt()).isEqualTo(300);
        assertThat(problem.path("methods").toString()).isEqualTo("[\"totp\",\"recovery_code\"]");
        assertThat(problem.has("access_token")).isFalse();
        assertThat(problem.has("refresh_token")).isFalse();
        String mfaToken = problem.path("mfaToken").asString();
        assertThat(mfaToken).hasSizeGreaterThanOrEqualTo(43);

        assertProblem(secondStep(mfaToken, "code", codeAt(ada.secret(), 5)), 401, "invalid-mfa-code");
        long before = Instant.now().getEpochSecond();
        HttpApi.Response signedIn = secondStep(mfaToken, "code", codeOfNextStep(ada));

        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        JsonNode claims = jwtPart(signedIn.json().path("access_token").asString(), 1);
        assertThat(claims.path("amr").toString()).isEqualTo("[\"pwd\",\"otp\",\"mfa\"]");
        assertThat(claims.path("acr").asString()).isEqualTo("aal2");
        assertThat(claims.path("auth_time").isNumber()).isTrue();
        assertThat(claims.path("auth_time").asLong())
                .isBetween(before - 1, Instant.now().getEpochSecond());
        // Spent: the same token does not open a second session.
        assertProblem(secondStep(mfaToken, "code", codeAt(ada.secret(), 0)), 401, "invalid-mfa-token");

        HttpApi.Response refreshed =
                refresh(signedIn.json().path("refresh_token").asString());
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        JsonNode refreshedClaims = jwtPart(refreshed.json().path("access_token").asString(), 1);
        assertThat(refreshedClaims.path("jti")).isNotEqualTo(claims.path("jti"));
        assertThat(refreshedClaims.path("amr")).isEqualTo(claims.path("amr"));
        assertThat(refreshedClaims.path("acr")).isEqualTo(claims.path("acr"));
        assertThat(refreshedClaims.path("auth_time")).isEqualTo(claims.path("auth_time"));
    }

    @Test
    void aPasswordOnlyLoginSaysPwdAndAal1() {
        String email = uniqueEmail("plain");
        register(email);

        JsonNode claims = jwtPart(logIn(email, PASSWORD), 1);

        assertThat(claims.path("amr").toString()).isEqualTo("[\"pwd\"]");
        assertThat(claims.path("acr").asString()).isEqualTo("aal1");
        assertThat(claims.path("auth_time").isNumber()).isTrue();
    }

    @Test
    void aTotpCodeIsAcceptedOnceAndARecoveryCodeOnceInAnyCase() {
        Enrolled grace = enrolledAccount("grace");
        String code = codeOfNextStep(grace);
        assertThat(secondStep(mfaToken(grace), "code", code).status()).isEqualTo(200);

        String next = mfaToken(grace);
        assertProblem(secondStep(next, "code", code), 401, "invalid-mfa-code");

        String recoveryCode = grace.recoveryCodes().getFirst();
        HttpApi.Response recovered = secondStep(
                next, "recoveryCode", recoveryCode.toUpperCase(Locale.ROOT).replace("-", " "));
        assertThat(recovered.status()).as(recovered.body()).isEqualTo(200);
        JsonNode claims = jwtPart(recovered.json().path("access_token").asString(), 1);
        assertThat(claims.path("amr").toString()).isEqualTo("[\"pwd\",\"mfa\"]");
        assertThat(claims.path("acr").asString()).isEqualTo("aal2");

        assertProblem(secondStep(mfaToken(grace), "recoveryCode", recoveryCode), 401, "invalid-mfa-code");
    }

    @Test
    void oneRecoveryCodeSentTwiceAtOnceSignsInExactlyOnce() throws Exception {
        Enrolled joan = enrolledAccount("joan");
        String recoveryCode = joan.recoveryCodes().get(3);
        String first = mfaToken(joan);
        String second = mfaToken(joan);

        List<HttpApi.Response> responses = inParallel(List.of(
                () -> secondStep(first, "recoveryCode", recoveryCode),
                () -> secondStep(second, "recoveryCode", recoveryCode)));

        assertThat(responses).extracting(HttpApi.Response::status).containsExactlyInAnyOrder(200, 401);
        assertThat(responses)
                .filteredOn(r -> r.status() == 401)
                .allSatisfy(r -> assertThat(r.problemSlug()).isEqualTo("invalid-mfa-code"));
    }

    @Test
    void fiveWrongCodesKillTheTokenAndLockTheAccount() {
        Enrolled mallory = enrolledAccount("target");
        String mfaToken = mfaToken(mallory);
        for (int i = 0; i < 5; i++) {
            assertProblem(secondStep(mfaToken, "code", codeAt(mallory.secret(), 7 + i)), 401, "invalid-mfa-code");
        }

        assertProblem(secondStep(mfaToken, "code", codeOfNextStep(mallory)), 401, "invalid-mfa-token");
        HttpApi.Response passwordStep =
                api.post("/api/v1/auth/login", body("email", mallory.email(), "password", PASSWORD), null);
        assertProblem(passwordStep, 429, "too-many-attempts");
        assertThat(passwordStep.header("Retry-After")).isNotNull();
    }

    @Test
    void theSecondStepTakesExactlyOneOfCodeAndRecoveryCodeAndNothingElse() {
        HttpApi.Response both =
                api.post("/api/v1/auth/login/mfa", body("mfaToken", "t", "code", "123456", "recoveryCode", "x"), null);
        assertProblem(both, 400, "validation-failed");
        HttpApi.Response unknownField =
                api.post("/api/v1/auth/login/mfa", body("mfaToken", "t", "code", "123456", "userId", "x"), null);
        assertProblem(unknownField, 400, "malformed-request");
        assertProblem(secondStep("made-up", "code", "123456"), 401, "invalid-mfa-token");
    }
}
