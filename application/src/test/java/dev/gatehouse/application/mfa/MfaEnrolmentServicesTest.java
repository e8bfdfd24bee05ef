package dev.gatehouse.application.mfa;

import static dev.gatehouse.application.mfa.MfaWorld.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gatehouse.domain.auth.TooManyLoginAttemptsException;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.mfa.Base32;
import dev.gatehouse.domain.mfa.InvalidMfaCodeException;
import dev.gatehouse.domain.mfa.MfaAlreadyEnabledException;
import dev.gatehouse.domain.mfa.MfaEnrolment;
import dev.gatehouse.domain.mfa.MfaNotEnabledException;
import dev.gatehouse.domain.mfa.MfaSetupNotStartedException;
import dev.gatehouse.domain.mfa.MfaStatus;
import dev.gatehouse.domain.mfa.RecoveryCode;
import dev.gatehouse.domain.mfa.RecoveryCodeHash;
import dev.gatehouse.domain.mfa.RecoveryCodes;
import dev.gatehouse.domain.mfa.Totp;
import dev.gatehouse.domain.mfa.TotpSetup;
import dev.gatehouse.domain.password.InvalidCurrentPasswordException;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.mfa.GetMfaStatusQuery;
import dev.gatehouse.domain.port.in.mfa.RegenerateRecoveryCodesCommand;
import dev.gatehouse.domain.port.in.mfa.SetUpTotpCommand;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MfaEnrolmentServicesTest {
    private final MfaWorld world = new MfaWorld();
    private final User ada = world.openUser("ada+mfa@example.com", Role.USER);

    private MfaStatus status() {
        return world.status.getMfaStatus(new GetMfaStatusQuery(ada.id()));
    }

    private List<String> regenerate(String code) {
        return world.regenerate.regenerateRecoveryCodes(new RegenerateRecoveryCodesCommand(ada.id(), code, CLIENT));
    }

    @Test
    void statusIsOffWithoutAnEnrolmentAndWhileASetupIsPending() {
        assertThat(status()).isEqualTo(new MfaStatus(false, null, 0));

        world.setUp(ada);

        assertThat(status()).isEqualTo(new MfaStatus(false, null, 0));
    }

    @Test
    void setUpAnswersTheSecretAndItsUriAndStoresItSealedAndPending() {
        TotpSetup setup = world.setUp(ada);

        assertThat(Base32.decode(setup.secret())).hasSize(20);
        assertThat(setup.otpauthUri())
                .isEqualTo("otpauth://totp/Gate%20House:ada%2Bmfa%40example.com?secret=" + setup.secret()
                        + "&issuer=Gate%20House&algorithm=SHA1&digits=6&period=30");
        MfaEnrolment stored = world.mfaEnrolments.find(ada.id()).orElseThrow();
        assertThat(stored.enabled()).isFalse();
        assertThat(stored.secret().value()).isNotEqualTo(Base32.decode(setup.secret()));
        assertThat(world.sealer.unseal(stored.secret())).isEqualTo(Base32.decode(setup.secret()));
        assertThat(setup.toString()).doesNotContain(setup.secret());
    }

    @Test
    void aNewSetUpReplacesAPendingOneSoOnlyTheNewSecretConfirms() {
        TotpSetup first = world.setUp(ada);
        TotpSetup second = world.setUp(ada);

        assertThat(second.secret()).isNotEqualTo(first.secret());
        assertThatThrownBy(() -> world.confirm(ada, world.codeNow(first))).isInstanceOf(InvalidMfaCodeException.class);
        assertThat(world.confirm(ada, world.codeNow(second))).hasSize(RecoveryCodes.COUNT);
    }

    @Test
    void setUpWithAWrongPasswordIsRefusedAndCountsTowardsTheLockout() {
        for (int i = 0; i < 5; i++) {
            Password guess = new Password("guess number " + i);
            assertThatThrownBy(() -> world.setUp.setUpTotp(new SetUpTotpCommand(ada.id(), guess, CLIENT)))
                    .isInstanceOf(InvalidCurrentPasswordException.class);
        }

        assertThat(world.securityEvents.ofType(SecurityEventType.LOGIN_FAILED))
                .hasSize(5)
                .allSatisfy(event -> assertThat(event.details()).isEqualTo(Map.of("reason", "wrong-current-password")));
        assertThatThrownBy(() -> world.setUp(ada)).isInstanceOf(TooManyLoginAttemptsException.class);
        assertThat(world.mfaEnrolments.find(ada.id())).isEmpty();
    }

    @Test
    void setUpIsRefusedWhileMfaIsOnAndKeepsTheSecretInUse() {
        MfaWorld.Enrolled enrolled = world.enrol(ada);

        assertThatThrownBy(() -> world.setUp(ada)).isInstanceOf(MfaAlreadyEnabledException.class);

        assertThat(world.sealer.unseal(
                        world.mfaEnrolments.find(ada.id()).orElseThrow().secret()))
                .isEqualTo(Base32.decode(enrolled.setup().secret()));
    }

    @Test
    void confirmingSwitchesMfaOnAndAnswersTenRecoveryCodesStoredOnlyAsHashes() {
        TotpSetup setup = world.setUp(ada);
        Instant confirmedAt = world.clock.instant();

        List<String> codes = world.confirm(ada, world.codeNow(setup));

        assertThat(codes).hasSize(RecoveryCodes.COUNT).doesNotHaveDuplicates();
        assertThat(codes)
                .allSatisfy(code -> assertThat(RecoveryCode.parse(code)).isPresent());
        assertThat(status()).isEqualTo(new MfaStatus(true, confirmedAt, RecoveryCodes.COUNT));
    }

    @Test
    void aCodeOfTheNextOrThePreviousStepConfirmsButOneTwoStepsOldDoesNot() {
        TotpSetup setup = world.setUp(ada);
        String twoStepsOld = world.code(setup, -2);

        assertThatThrownBy(() -> world.confirm(ada, twoStepsOld)).isInstanceOf(InvalidMfaCodeException.class);
        assertThatThrownBy(() -> world.confirm(ada, "12345")).isInstanceOf(InvalidMfaCodeException.class);
        assertThat(status().enabled()).isFalse();
        assertThat(world.confirm(ada, world.code(setup, -1))).hasSize(RecoveryCodes.COUNT);
    }

    @Test
    void confirmingWithoutAPendingSetupIsRefused() {
        assertThatThrownBy(() -> world.confirm(ada, "123456")).isInstanceOf(MfaSetupNotStartedException.class);

        MfaWorld.Enrolled enrolled = world.enrol(ada);

        assertThatThrownBy(() -> world.confirm(ada, world.codeNow(enrolled.setup())))
                .isInstanceOf(MfaSetupNotStartedException.class);
    }

    @Test
    void confirmingEndsEverySessionAndEarlierAccessTokenOfTheAccountOnly() {
        User bob = world.openUser("bob@example.com", Role.USER);
        Session adasSession = world.openSession(ada);
        Session bobsSession = world.openSession(bob);
        TotpSetup setup = world.setUp(ada);
        Instant confirmedAt = world.clock.instant();

        world.confirm(ada, world.codeNow(setup));

        assertThat(world.sessions.findById(adasSession.id()).orElseThrow().revokedAt())
                .isEqualTo(confirmedAt);
        assertThat(world.sessions.findById(bobsSession.id()).orElseThrow().revokedAt())
                .isNull();
        assertThat(world.users.findById(ada.id()).orElseThrow().tokenCutOff().accepts(confirmedAt))
                .isFalse();
        assertThat(world.users.findById(bob.id()).orElseThrow().tokenCutOff().accepts(confirmedAt))
                .isTrue();
        assertThat(world.securityEvents.ofType(SecurityEventType.MFA_ENABLED))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.userId()).isEqualTo(ada.id());
                    assertThat(event.actorId()).isEqualTo(ada.id());
                    assertThat(event.client()).isEqualTo(CLIENT);
                    assertThat(event.details()).isEqualTo(Map.of("revokedSessions", "1"));
                });
    }

    @Test
    void theConfirmingCodeIsSpentAndCannotBeReplayedLater() {
        TotpSetup setup = world.setUp(ada);
        String confirming = world.codeNow(setup);
        world.confirm(ada, confirming);

        assertThatThrownBy(() -> regenerate(confirming)).isInstanceOf(InvalidMfaCodeException.class);
        world.clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        assertThatThrownBy(() -> regenerate(confirming))
                .as("a code of the previous step, already accepted")
                .isInstanceOf(InvalidMfaCodeException.class);
    }

    @Test
    void regeneratingReplacesTheWholeSetAndSpendsTheCode() {
        MfaWorld.Enrolled enrolled = world.enrol(ada);
        world.mfaEnrolments.useRecoveryCode(
                ada.id(),
                RecoveryCodeHash.of(
                        RecoveryCode.parse(enrolled.recoveryCodes().getFirst()).orElseThrow()),
                world.clock.instant());
        String code = world.codeNow(enrolled.setup());

        List<String> fresh = regenerate(code);

        assertThat(fresh).hasSize(RecoveryCodes.COUNT).doesNotContainAnyElementsOf(enrolled.recoveryCodes());
        assertThat(status().recoveryCodesRemaining()).isEqualTo(RecoveryCodes.COUNT);
        assertThatThrownBy(() -> regenerate(code)).isInstanceOf(InvalidMfaCodeException.class);
        assertThat(world.securityEvents.ofType(SecurityEventType.RECOVERY_CODES_REGENERATED))
                .singleElement()
                .satisfies(event -> assertThat(event.actorId()).isEqualTo(ada.id()));
    }

    @Test
    void regeneratingTakesATotpCodeNotARecoveryCode() {
        MfaWorld.Enrolled enrolled = world.enrol(ada);

        assertThatThrownBy(() -> regenerate(enrolled.recoveryCodes().getFirst()))
                .isInstanceOf(InvalidMfaCodeException.class);
        assertThat(status().recoveryCodesRemaining()).isEqualTo(RecoveryCodes.COUNT);
    }

    @Test
    void wrongCodesForNewRecoveryCodesCountTowardsTheLockoutThenEvenTheRightOneIsRefused() {
        MfaWorld.Enrolled enrolled = world.enrol(ada);
        String notYetValid = world.code(enrolled.setup(), 10);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> regenerate(notYetValid)).isInstanceOf(InvalidMfaCodeException.class);
        }

        assertThat(world.securityEvents.ofType(SecurityEventType.LOGIN_FAILED))
                .hasSize(5)
                .allSatisfy(event -> {
                    assertThat(event.userId()).isEqualTo(ada.id());
                    assertThat(event.details()).containsEntry("reason", "wrong-mfa-code");
                });
        assertThatThrownBy(() -> regenerate(world.codeNow(enrolled.setup())))
                .isInstanceOf(TooManyLoginAttemptsException.class);
        assertThat(world.securityEvents.ofType(SecurityEventType.RECOVERY_CODES_REGENERATED))
                .isEmpty();
        assertThat(status().recoveryCodesRemaining()).isEqualTo(RecoveryCodes.COUNT);
        assertThat(world.securityEvents.ofType(SecurityEventType.LOGIN_FAILED)).hasSize(5);
    }

    @Test
    void regeneratingIsRefusedWhileMfaIsOff() {
        TotpSetup setup = world.setUp(ada);

        assertThatThrownBy(() -> regenerate(world.codeNow(setup))).isInstanceOf(MfaNotEnabledException.class);
    }

    @Test
    void noSecretOrCodeReachesAnEventOrAnExceptionMessage() {
        MfaWorld.Enrolled enrolled = world.enrol(ada);
        String code = world.codeNow(enrolled.setup());
        regenerate(code);
        Throwable refused = catchThrowable(() -> regenerate(code));

        String events = world.securityEvents.events().toString();
        assertThat(events).doesNotContain(enrolled.setup().secret()).doesNotContain(code);
        assertThat(refused.getMessage()).doesNotContain(code);
        enrolled.recoveryCodes().forEach(recovery -> assertThat(events).doesNotContain(recovery));
    }
}
