package dev.gatehouse.application.mfa;

import static dev.gatehouse.application.mfa.MfaWorld.CLIENT;
import static dev.gatehouse.application.mfa.MfaWorld.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.auth.TooManyLoginAttemptsException;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.mfa.InvalidMfaCodeException;
import dev.gatehouse.domain.mfa.MfaNotEnabledException;
import dev.gatehouse.domain.mfa.MfaRequiredForAdminsException;
import dev.gatehouse.domain.password.InvalidCurrentPasswordException;
import dev.gatehouse.domain.port.in.mfa.RegenerateRecoveryCodesCommand;
import dev.gatehouse.domain.port.in.mfa.ResetMfaCommand;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import dev.gatehouse.domain.user.UserNotFoundException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MfaSwitchOffServicesTest {
    private final MfaWorld world = new MfaWorld();
    private final DisableMfaService disable = world.disableService(true);
    private final User ada = world.openUser("ada@example.com", Role.USER);

    private void disable(String password, String code) {
        world.disable(disable, ada, password, code);
    }

    private void reset(User admin, UserId target) {
        world.reset.resetMfa(new ResetMfaCommand(admin.id(), target, CLIENT));
    }

    private boolean mfaOn(User user) {
        return world.mfaEnrolments.find(user.id()).isPresent();
    }

    /** The account's sessions all revoked at {@code at}, and its access tokens issued up to then refused. */
    private void assertSignedOutEverywhere(Session session, Instant at) {
        assertThat(world.sessions.findById(session.id()).orElseThrow().revokedAt())
                .isEqualTo(at);
        assertThat(world.users.findById(ada.id()).orElseThrow().tokenCutOff().accepts(at))
                .isFalse();
    }

    @Test
    void aTotpCodeAndThePasswordSwitchMfaOffAndSignTheAccountOut() {
        MfaWorld.Enrolled enrolled = world.enrol(ada);
        Session session = world.openSession(ada);
        Instant now = world.clock.instant();

        disable(PASSWORD, world.codeNow(enrolled.setup()));

        assertThat(mfaOn(ada)).isFalse();
        assertSignedOutEverywhere(session, now);
        assertThat(world.securityEvents.ofType(SecurityEventType.MFA_DISABLED))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.userId()).isEqualTo(ada.id());
                    assertThat(event.actorId()).isEqualTo(ada.id());
                    assertThat(event.details()).isEqualTo(Map.of("revokedSessions", "1", "method", "totp"));
                });
    }

    @Test
    void aRecoveryCodeTypedAnyWaySwitchesMfaOffToo() {
        MfaWorld.Enrolled enrolled = world.enrol(ada);

        disable(PASSWORD, enrolled.recoveryCodes().get(3).toUpperCase(Locale.ROOT));

        assertThat(mfaOn(ada)).isFalse();
        assertThat(world.securityEvents.ofType(SecurityEventType.MFA_DISABLED))
                .singleElement()
                .satisfies(event -> assertThat(event.details()).containsEntry("method", "recovery_code"));
    }

    @Test
    void aWrongOrReplayedCodeLeavesMfaOn() {
        MfaWorld.Enrolled enrolled = world.enrol(ada);
        String code = world.codeNow(enrolled.setup());
        world.regenerate.regenerateRecoveryCodes(new RegenerateRecoveryCodesCommand(ada.id(), code, CLIENT));

        assertThatThrownBy(() -> disable(PASSWORD, code)).isInstanceOf(InvalidMfaCodeException.class);
        assertThatThrownBy(() -> disable(PASSWORD, enrolled.recoveryCodes().getFirst()))
                .as("a code of the replaced set")
                .isInstanceOf(InvalidMfaCodeException.class);
        assertThatThrownBy(() -> disable(PASSWORD, "not a code")).isInstanceOf(InvalidMfaCodeException.class);
        assertThat(mfaOn(ada)).isTrue();
        assertThat(world.securityEvents.ofType(SecurityEventType.MFA_DISABLED)).isEmpty();
    }

    @Test
    void aWrongPasswordIsRefusedCountsTowardsTheLockoutAndSpendsNoCode() {
        MfaWorld.Enrolled enrolled = world.enrol(ada);
        String recoveryCode = enrolled.recoveryCodes().getFirst();
        for (int i = 0; i < 5; i++) {
            String guess = "guess number " + i;
            assertThatThrownBy(() -> disable(guess, recoveryCode)).isInstanceOf(InvalidCurrentPasswordException.class);
        }

        assertThatThrownBy(() -> disable(PASSWORD, recoveryCode)).isInstanceOf(TooManyLoginAttemptsException.class);
        assertThat(world.securityEvents.ofType(SecurityEventType.LOGIN_FAILED)).hasSize(5);
        assertThat(world.mfaEnrolments.remainingRecoveryCodes(ada.id())).isEqualTo(10);
        assertThat(mfaOn(ada)).isTrue();
    }

    @Test
    void wrongCodesCountTowardsTheLockoutThenEvenTheRightPasswordAndCodeAreRefused() {
        MfaWorld.Enrolled enrolled = world.enrol(ada);
        String notYetValid = world.code(enrolled.setup(), 10);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> disable(PASSWORD, notYetValid)).isInstanceOf(InvalidMfaCodeException.class);
        }

        assertThat(world.securityEvents.ofType(SecurityEventType.LOGIN_FAILED))
                .hasSize(5)
                .allSatisfy(event -> assertThat(event.details()).containsEntry("reason", "wrong-mfa-code"));
        assertThatThrownBy(() -> disable(PASSWORD, world.codeNow(enrolled.setup())))
                .isInstanceOf(TooManyLoginAttemptsException.class);
        assertThat(mfaOn(ada)).isTrue();
        assertThat(world.mfaEnrolments.remainingRecoveryCodes(ada.id())).isEqualTo(10);
    }

    @Test
    void switchingOffIsRefusedWhileMfaIsOff() {
        world.setUp(ada);

        assertThatThrownBy(() -> disable(PASSWORD, "123456")).isInstanceOf(MfaNotEnabledException.class);
    }

    @Test
    void anAdminCannotSwitchOffWhileMfaIsRequiredForAdminsAndKeepsTheCode() {
        User root = world.openAdmin();
        MfaWorld.Enrolled enrolled = world.enrol(root);
        String recoveryCode = enrolled.recoveryCodes().getFirst();

        assertThatThrownBy(() -> world.disable(disable, root, PASSWORD, recoveryCode))
                .isInstanceOf(MfaRequiredForAdminsException.class);
        assertThat(mfaOn(root)).isTrue();
        assertThat(world.mfaEnrolments.remainingRecoveryCodes(root.id())).isEqualTo(10);

        world.disable(world.disableService(false), root, PASSWORD, recoveryCode);
        assertThat(mfaOn(root)).isFalse();
    }

    @Test
    void anAdminResetSwitchesMfaOffSignsTheAccountOutAndNamesTheAdmin() {
        User root = world.openAdmin();
        world.enrol(ada);
        Session session = world.openSession(ada);
        Instant now = world.clock.instant();

        reset(root, ada.id());

        assertThat(mfaOn(ada)).isFalse();
        assertSignedOutEverywhere(session, now);
        assertThat(world.securityEvents.ofType(SecurityEventType.MFA_RESET))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.userId()).isEqualTo(ada.id());
                    assertThat(event.actorId()).isEqualTo(root.id());
                    assertThat(event.client()).isEqualTo(CLIENT);
                    assertThat(event.details()).isEqualTo(Map.of("revokedSessions", "1"));
                });
    }

    @Test
    void aResetIsRefusedWhileMfaIsOffOrForAnUnknownAccount() {
        User root = world.openAdmin();

        assertThatThrownBy(() -> reset(root, ada.id())).isInstanceOf(MfaNotEnabledException.class);
        assertThatThrownBy(() -> reset(root, UserId.newId())).isInstanceOf(UserNotFoundException.class);
        assertThat(world.securityEvents.ofType(SecurityEventType.MFA_RESET)).isEmpty();
        assertThat(world.users.findById(ada.id()).orElseThrow().tokensValidAfter())
                .isEqualTo(ada.tokensValidAfter());
    }
}
