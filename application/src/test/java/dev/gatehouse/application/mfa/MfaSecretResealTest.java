package dev.gatehouse.application.mfa;

import static dev.gatehouse.application.mfa.MfaWorld.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.mfa.InvalidMfaCodeException;
import dev.gatehouse.domain.mfa.SealedSecret;
import dev.gatehouse.domain.mfa.TotpSetup;
import dev.gatehouse.domain.port.in.mfa.RegenerateRecoveryCodesCommand;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import org.junit.jupiter.api.Test;

/**
 * After the encryption key was rotated (or switched on), each TOTP secret is sealed anew the next
 * time a code of it is accepted, and only then.
 */
class MfaSecretResealTest {
    private final MfaWorld world = new MfaWorld();
    private final User ada = world.openUser("ada@example.com", Role.USER);

    private void useCode(String code) {
        world.regenerate.regenerateRecoveryCodes(new RegenerateRecoveryCodesCommand(ada.id(), code, CLIENT));
    }

    private SealedSecret storedSecret() {
        return world.mfaEnrolments.find(ada.id()).orElseThrow().secret();
    }

    @Test
    void aSecretUnderTheCurrentKeyIsLeftAsItIs() {
        TotpSetup setup = world.enrol(ada).setup();
        SealedSecret stored = storedSecret();

        useCode(world.codeNow(setup));

        assertThat(storedSecret()).isEqualTo(stored);
    }

    @Test
    void afterARotationTheSecretIsSealedAnewWhenACodeOfItIsAccepted() {
        TotpSetup setup = world.enrol(ada).setup();
        SealedSecret underOldKey = storedSecret();
        world.sealer.rotateKey();

        useCode(world.codeNow(setup));

        SealedSecret resealed = storedSecret();
        assertThat(resealed).isNotEqualTo(underOldKey);
        assertThat(world.sealer.needsReseal(resealed)).isFalse();
        assertThat(world.sealer.unseal(resealed)).isEqualTo(world.sealer.unseal(underOldKey));
        assertThat(world.mfaEnrolments.find(ada.id()).orElseThrow().lastUsedStep())
                .as("the code was accepted as ever")
                .hasValue(world.totp.stepAt(world.clock.instant()));
    }

    @Test
    void aWrongCodeLeavesTheSecretUnderItsOldKey() {
        TotpSetup setup = world.enrol(ada).setup();
        world.sealer.rotateKey();
        SealedSecret underOldKey = storedSecret();
        String wrong = world.codeNow(setup).equals("000000") ? "111111" : "000000";

        assertThatThrownBy(() -> useCode(wrong)).isInstanceOf(InvalidMfaCodeException.class);

        assertThat(storedSecret()).isEqualTo(underOldKey);
    }

    /** Its confirmation compares the stored secret with the one the code was checked against. */
    @Test
    void aPendingSecretIsConfirmedUnderItsOldKeyAndSealedAnewAtItsNextUse() {
        TotpSetup setup = world.setUp(ada);
        world.sealer.rotateKey();

        world.confirm(ada, world.codeNow(setup));

        assertThat(world.mfaEnrolments.find(ada.id()).orElseThrow().enabled()).isTrue();
        assertThat(world.sealer.needsReseal(storedSecret())).isTrue();
        useCode(world.code(setup, 1));
        assertThat(world.sealer.needsReseal(storedSecret())).isFalse();
    }
}
