package dev.gatehouse.application.mfa;

import static dev.gatehouse.application.mfa.MfaWorld.CLIENT;
import static dev.gatehouse.application.mfa.MfaWorld.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.Fixtures;
import dev.gatehouse.application.auth.LogInService;
import dev.gatehouse.application.auth.RecordingAccessTokenSigner;
import dev.gatehouse.domain.auth.Authentication;
import dev.gatehouse.domain.auth.InvalidCredentialsException;
import dev.gatehouse.domain.auth.LoginThrottle;
import dev.gatehouse.domain.auth.TooManyLoginAttemptsException;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.mfa.InvalidMfaTokenException;
import dev.gatehouse.domain.mfa.MfaChallenge;
import dev.gatehouse.domain.mfa.MfaToken;
import dev.gatehouse.domain.mfa.SecondFactor;
import dev.gatehouse.domain.mfa.WrongSecondFactorException;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.auth.LogInCommand;
import dev.gatehouse.domain.port.in.auth.RefreshTokensCommand;
import dev.gatehouse.domain.port.in.mfa.CompleteMfaLoginCommand;
import dev.gatehouse.domain.port.in.mfa.ResetMfaCommand;
import dev.gatehouse.domain.port.out.AuthenticationMetrics.LoginOutcome;
import dev.gatehouse.domain.token.AccessTokenClaims;
import dev.gatehouse.domain.token.LoginResult;
import dev.gatehouse.domain.token.LoginResult.SecondFactorRequired;
import dev.gatehouse.domain.token.TokenPair;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two-step login of an account with MFA: the password step, then a TOTP or recovery code. */
class MfaLoginTest {
    private final MfaWorld world = new MfaWorld();
    private final LogInService logIn = world.logInService();
    private final CompleteMfaLoginService secondStep = new CompleteMfaLoginService(
            world.users,
            world.mfaEnrolments,
            world.mfaChallenges,
            world.sealer,
            world.throttling,
            world.sessionTokens(),
            world.securityEvents,
            world.unitOfWork,
            world.metrics,
            world.clock);
    private final RecordingAccessTokenSigner signer = world.tokenSigner;
    private final User ada = world.openUser("ada@example.com", Role.USER);
    private final MfaWorld.Enrolled enrolled = world.enrol(ada);

    private LoginResult passwordStep(String password) {
        return logIn.logIn(new LogInCommand("ada@example.com", new Password(password), CLIENT));
    }

    private MfaToken mfaToken() {
        return ((SecondFactorRequired) passwordStep(PASSWORD)).mfaToken();
    }

    private TokenPair totp(MfaToken token, String code) {
        return secondStep.completeMfaLogin(new CompleteMfaLoginCommand(token, new SecondFactor.TotpCode(code), CLIENT));
    }

    private TokenPair recovery(MfaToken token, String code) {
        return secondStep.completeMfaLogin(
                new CompleteMfaLoginCommand(token, new SecondFactor.TypedRecoveryCode(code), CLIENT));
    }

    private String codeNow() {
        return world.codeNow(enrolled.setup());
    }

    /** A code of the right shape that is not the current one (nor the one before or after it). */
    private String wrongCode() {
        return world.code(enrolled.setup(), 5);
    }

    private AccessTokenClaims lastClaims() {
        return signer.issued.getLast().claims();
    }

    private int failuresOfAda() {
        return world.throttles
                .find("ada@example.com")
                .map(LoginThrottle::failures)
                .orElse(0);
    }

    @Test
    void theRightPasswordHandsOutTheSecondStepAndNoToken() {
        int recordedBefore = world.securityEvents.events().size();

        LoginResult result = passwordStep(PASSWORD);

        assertThat(result).isInstanceOf(SecondFactorRequired.class);
        SecondFactorRequired required = (SecondFactorRequired) result;
        assertThat(required.expiresIn()).isEqualTo(Duration.ofMinutes(5));
        assertThat(required.mfaToken().value()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(signer.issued).isEmpty();
        assertThat(world.sessions.findLive(ada.id(), world.clock.instant())).isEmpty();
        // Stored by its hash only, for five minutes.
        MfaChallenge stored = world.mfaChallenges
                .lockUsable(required.mfaToken().hash(), world.clock.instant())
                .orElseThrow();
        assertThat(stored.userId()).isEqualTo(ada.id());
        assertThat(stored.expiresAt()).isEqualTo(world.clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(world.mfaChallenges.lockUsable(required.mfaToken().value(), world.clock.instant()))
                .isEmpty();
        assertThat(world.securityEvents
                        .events()
                        .subList(recordedBefore, world.securityEvents.events().size()))
                .extracting(SecurityEvent::type)
                .doesNotContain(SecurityEventType.LOGIN_SUCCEEDED);
        assertThat(world.metrics.logins()).containsExactly(LoginOutcome.MFA_REQUIRED);
    }

    @Test
    void aWrongPasswordStillGetsTheOneInvalidCredentialsAnswer() {
        assertThatThrownBy(() -> passwordStep("not the password")).isInstanceOf(InvalidCredentialsException.class);
        assertThat(world.metrics.logins()).containsExactly(LoginOutcome.FAILURE);
    }

    @Test
    void aPendingSetupDoesNotAskForASecondStep() {
        User grace = world.openUser("grace@example.com", Role.USER);
        world.setUp(grace);

        LoginResult result = logIn.logIn(new LogInCommand("grace@example.com", new Password(PASSWORD), CLIENT));

        assertThat(result).isInstanceOf(LoginResult.SignedIn.class);
    }

    @Test
    void aTotpCodeCompletesTheLoginWithAal2AndSpendsTheToken() {
        MfaToken token = mfaToken();
        world.clock.advance(Duration.ofSeconds(20));
        Instant secondStepAt = world.clock.instant();

        TokenPair tokens = totp(token, codeNow());

        assertThat(lastClaims().authentication()).isEqualTo(Authentication.byPasswordAndTotp(secondStepAt));
        assertThat(lastClaims().subject()).isEqualTo(ada.id());
        assertThat(world.sessions
                        .sessionOfRefreshTokenHash(tokens.refreshToken().hash())
                        .authentication())
                .isEqualTo(Authentication.byPasswordAndTotp(secondStepAt));
        SecurityEvent succeeded =
                world.securityEvents.ofType(SecurityEventType.LOGIN_SUCCEEDED).getLast();
        assertThat(succeeded.userId()).isEqualTo(ada.id());
        assertThat(succeeded.details()).containsEntry("method", "totp").containsKey("sessionId");
        assertThat(world.metrics.logins()).containsExactly(LoginOutcome.MFA_REQUIRED, LoginOutcome.SUCCESS);
        assertThatThrownBy(() -> totp(token, world.code(enrolled.setup(), 1)))
                .isInstanceOf(InvalidMfaTokenException.class);
    }

    @Test
    void aRefreshKeepsAmrAcrAndAuthTime() {
        MfaToken token = mfaToken();
        Instant secondStepAt = world.clock.instant();
        TokenPair tokens = totp(token, codeNow());
        world.clock.advance(Duration.ofHours(2));

        world.refreshTokensService(Duration.ZERO).refresh(new RefreshTokensCommand(tokens.refreshToken(), CLIENT));

        assertThat(lastClaims().issuedAt()).isEqualTo(world.clock.instant());
        assertThat(lastClaims().authentication()).isEqualTo(Authentication.byPasswordAndTotp(secondStepAt));
        assertThat(lastClaims().authentication().methodValues()).containsExactly("pwd", "otp", "mfa");
    }

    @Test
    void aTotpCodeIsAcceptedOnceAndNoEarlierOneAfterIt() {
        String code = codeNow();
        totp(mfaToken(), code);

        MfaToken next = mfaToken();
        assertThatThrownBy(() -> totp(next, code)).isInstanceOf(WrongSecondFactorException.class);
        assertThatThrownBy(() -> totp(next, world.code(enrolled.setup(), -1)))
                .isInstanceOf(WrongSecondFactorException.class);
        world.clock.advance(Duration.ofSeconds(30));
        totp(next, codeNow());
    }

    @Test
    void aRecoveryCodeCompletesTheLoginOnceInAnyCaseAndSpacing() {
        String recoveryCode = enrolled.recoveryCodes().getFirst();
        String typed = recoveryCode.toUpperCase(Locale.ROOT).replace("-", " ");

        recovery(mfaToken(), typed);

        assertThat(lastClaims().authentication())
                .isEqualTo(Authentication.byPasswordAndRecoveryCode(world.clock.instant()));
        assertThat(world.securityEvents.ofType(SecurityEventType.RECOVERY_CODE_USED))
                .singleElement()
                .satisfies(used -> assertThat(used.details()).isEqualTo(Map.of("remaining", "9")));
        assertThat(world.securityEvents
                        .ofType(SecurityEventType.LOGIN_SUCCEEDED)
                        .getLast()
                        .details())
                .containsEntry("method", "recovery_code");
        MfaToken next = mfaToken();
        assertThatThrownBy(() -> recovery(next, recoveryCode)).isInstanceOf(WrongSecondFactorException.class);
    }

    @Test
    void aTotpCodeIsNoRecoveryCodeNorTheOtherWayRound() {
        MfaToken token = mfaToken();

        assertThatThrownBy(() -> recovery(token, codeNow())).isInstanceOf(WrongSecondFactorException.class);
        assertThatThrownBy(() -> totp(token, enrolled.recoveryCodes().getFirst()))
                .isInstanceOf(WrongSecondFactorException.class);
    }

    @Test
    void aWrongCodeCountsAgainstTheTokenAndTheAccountAndTheCountCommits() {
        MfaToken token = mfaToken();

        assertThatThrownBy(() -> totp(token, wrongCode())).isInstanceOf(WrongSecondFactorException.class);

        assertThat(world.mfaChallenges
                        .lockUsable(token.hash(), world.clock.instant())
                        .orElseThrow()
                        .failures())
                .isEqualTo(1);
        assertThat(failuresOfAda()).isEqualTo(1);
        assertThat(world.securityEvents.ofType(SecurityEventType.MFA_CHALLENGE_FAILED))
                .singleElement()
                .satisfies(failed -> {
                    assertThat(failed.userId()).isEqualTo(ada.id());
                    assertThat(failed.details()).isEqualTo(Map.of("failures", "1"));
                });
        assertThat(world.securityEvents
                        .ofType(SecurityEventType.LOGIN_FAILED)
                        .getLast()
                        .details())
                .isEqualTo(Map.of("reason", "wrong-mfa-code"));
        assertThat(world.metrics.logins()).containsExactly(LoginOutcome.MFA_REQUIRED, LoginOutcome.FAILURE);
        // The token survives a wrong code.
        totp(token, codeNow());
    }

    @Test
    void thePasswordStepDoesNotClearTheFailuresOfWrongCodes() {
        MfaToken first = mfaToken();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> totp(first, wrongCode())).isInstanceOf(WrongSecondFactorException.class);
        }

        MfaToken second = mfaToken();
        assertThat(failuresOfAda()).isEqualTo(4);
        assertThatThrownBy(() -> totp(second, wrongCode())).isInstanceOf(WrongSecondFactorException.class);

        // Five wrong codes in all lock the account: the right code, and the password, wait now.
        LoginThrottle locked = world.throttles.find("ada@example.com").orElseThrow();
        assertThat(locked.lockedAt(world.clock.instant())).isTrue();
        assertThatThrownBy(() -> totp(second, codeNow())).isInstanceOf(TooManyLoginAttemptsException.class);
        assertThatThrownBy(() -> passwordStep(PASSWORD)).isInstanceOf(TooManyLoginAttemptsException.class);
        assertThat(world.throttles.find("ada@example.com"))
                .as("refusals during a lock are not counted")
                .contains(locked);
    }

    @Test
    void aWrongCodeThatFindsTheAccountLockedIsAnsweredWithTheLock() {
        MfaToken token = mfaToken();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> totp(token, wrongCode())).isInstanceOf(WrongSecondFactorException.class);
        }
        assertThatThrownBy(() -> passwordStep("not the password")).isInstanceOf(InvalidCredentialsException.class);

        assertThatThrownBy(() -> totp(token, wrongCode()))
                .isInstanceOfSatisfying(
                        TooManyLoginAttemptsException.class,
                        locked -> assertThat(locked.retryAfter()).isEqualTo(Duration.ofSeconds(30)));
        assertThat(world.mfaChallenges
                        .lockUsable(token.hash(), world.clock.instant())
                        .orElseThrow()
                        .failures())
                .as("not counted against the token either")
                .isEqualTo(4);
    }

    @Test
    void afterFiveWrongCodesTheTokenIsDead() {
        MfaToken token = mfaToken();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> totp(token, wrongCode())).isInstanceOf(WrongSecondFactorException.class);
        }
        world.clock.advance(Duration.ofMinutes(1));

        // Checked before the lock, which has run out by now anyway.
        assertThatThrownBy(() -> totp(token, codeNow())).isInstanceOf(InvalidMfaTokenException.class);
    }

    @Test
    void theRightCodeClearsTheFailures() {
        MfaToken token = mfaToken();
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> totp(token, wrongCode())).isInstanceOf(WrongSecondFactorException.class);
        }

        totp(token, codeNow());

        assertThat(failuresOfAda()).isZero();
    }

    @Test
    void anUnknownOrExpiredTokenIsRefused() {
        assertThatThrownBy(() -> totp(new MfaToken("made-up"), codeNow())).isInstanceOf(InvalidMfaTokenException.class);

        MfaToken token = mfaToken();
        world.clock.advance(Duration.ofMinutes(5));
        assertThatThrownBy(() -> totp(token, codeNow())).isInstanceOf(InvalidMfaTokenException.class);
        assertThat(failuresOfAda()).isZero();
    }

    @Test
    void anAccountDisabledBetweenTheStepsIsRefusedAndItsTokenSpent() {
        MfaToken token = mfaToken();
        world.users.update(world.users.findById(ada.id()).orElseThrow().withEnabled(false, world.clock.instant()));

        assertThatThrownBy(() -> totp(token, codeNow())).isInstanceOf(InvalidMfaTokenException.class);

        world.users.update(world.users.findById(ada.id()).orElseThrow().withEnabled(true, world.clock.instant()));
        assertThatThrownBy(() -> totp(token, codeNow())).isInstanceOf(InvalidMfaTokenException.class);
        assertThat(signer.issued).isEmpty();
    }

    @Test
    void aPasswordChangedBetweenTheStepsEndsTheToken() {
        MfaToken token = mfaToken();
        world.users.update(world.users
                .findById(ada.id())
                .orElseThrow()
                .withPasswordHash(new dev.gatehouse.domain.user.PasswordHash("changed"), world.clock.instant()));

        assertThatThrownBy(() -> totp(token, codeNow())).isInstanceOf(InvalidMfaTokenException.class);
        assertThat(signer.issued).isEmpty();
    }

    @Test
    void aPasswordStepWithinTheSecondOfAnEarlierChangeStillCompletes() {
        // A change (as a confirmed enrolment makes one) moves the cut-off to the next second; a
        // password step in the same second is dated at the cut-off, like a token, and stays usable.
        world.users.update(world.users.findById(ada.id()).orElseThrow().withTokensCutOff(world.clock.instant()));

        assertThat(totp(mfaToken(), codeNow())).isNotNull();
    }

    @Test
    void anAccountWhoseMfaWasResetBetweenTheStepsIsRefused() {
        MfaToken token = mfaToken();
        User admin = world.openAdmin();
        world.reset.resetMfa(new ResetMfaCommand(admin.id(), ada.id(), CLIENT));

        assertThatThrownBy(() -> totp(token, codeNow())).isInstanceOf(InvalidMfaTokenException.class);
        assertThat(Fixtures.signedIn(passwordStep(PASSWORD))).isNotNull();
    }

    @Test
    void noEventHoldsACodeOrTheToken() {
        MfaToken token = mfaToken();
        String wrong = wrongCode();
        assertThatThrownBy(() -> totp(token, wrong)).isInstanceOf(WrongSecondFactorException.class);
        String right = codeNow();
        totp(token, right);

        assertThat(world.securityEvents.events())
                .flatExtracting(event -> event.details().values())
                .doesNotContain(wrong, right, token.value(), token.hash());
    }
}
