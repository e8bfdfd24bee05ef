package dev.gatehouse.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.mfa.MfaEnrolment;
import dev.gatehouse.domain.mfa.RecoveryCodeHash;
import dev.gatehouse.domain.mfa.SealedSecret;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MfaEnrolmentStore} must do, one request at a time; run against the in-memory
 * fake and the real adapter (whose tests add the races). Each test starts from an empty store and
 * one stored account. Times have microsecond precision (PostgreSQL's).
 */
public abstract class MfaEnrolmentStoreContract extends AccountOwnedStoreContract {
    protected static final Instant SETUP = Instant.parse("2026-03-01T10:00:00.123456Z");
    protected static final Instant CONFIRMED = SETUP.plusSeconds(40);
    /** The TOTP step of the code that confirmed the enrolment. */
    protected static final long CONFIRMING_STEP = 59_000_000L;

    protected static final SealedSecret SECRET = sealed("first secret");
    private static final SealedSecret OTHER_SECRET = sealed("second secret");

    protected abstract MfaEnrolmentStore store();

    /** Ten distinct hashes, the set called {@code name} (a hex digit). */
    protected static List<RecoveryCodeHash> recoveryCodeHashes(char name) {
        return IntStream.range(0, 10)
                .mapToObj(i -> new RecoveryCodeHash(Character.toString(name).repeat(63) + i))
                .toList();
    }

    protected static SealedSecret sealed(String text) {
        return new SealedSecret(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The owner's MFA, set up with {@link #SECRET} and confirmed with a code of {@link #CONFIRMING_STEP}. */
    protected final void enableForOwner() {
        run(() -> store().savePending(owner(), SECRET, SETUP));
        assertThat(inTransaction(
                        () -> store().enable(owner(), SECRET, CONFIRMING_STEP, recoveryCodeHashes('a'), CONFIRMED)))
                .as("enabled")
                .isTrue();
    }

    @Test
    void anAccountWithoutMfaHasNoEnrolmentAndNoRecoveryCodes() {
        assertThat(store().find(owner())).isEmpty();
        assertThat(store().remainingRecoveryCodes(owner())).isZero();
        assertThat(inTransaction(() -> store().acceptStep(owner(), CONFIRMING_STEP)))
                .isFalse();
        assertThat(inTransaction(() ->
                        store().useRecoveryCode(owner(), recoveryCodeHashes('a').getFirst(), SETUP)))
                .isFalse();
    }

    /** The admin listing's question: one read for a page of accounts. */
    @Test
    void tellsWhichOfSeveralAccountsHaveMfaEnabled() {
        enableForOwner();
        UserId alsoEnabled = storedAccount();
        run(() -> store().savePending(alsoEnabled, OTHER_SECRET, SETUP));
        run(() -> store().enable(alsoEnabled, OTHER_SECRET, CONFIRMING_STEP, recoveryCodeHashes('b'), CONFIRMED));
        UserId pending = storedAccount();
        run(() -> store().savePending(pending, SECRET, SETUP));
        UserId without = storedAccount();
        UserId unknown = UserId.newId();

        assertThat(store().enabledAmong(List.of(owner(), pending, without, unknown, alsoEnabled)))
                .containsExactlyInAnyOrder(owner(), alsoEnabled);
        assertThat(store().enabledAmong(List.of(pending, without))).isEmpty();
        assertThat(store().enabledAmong(List.of())).isEmpty();

        run(() -> store().remove(owner()));
        assertThat(store().enabledAmong(List.of(owner(), alsoEnabled))).containsExactly(alsoEnabled);
    }

    @Test
    void aSetupIsStoredPendingWithoutAnAcceptedStep() {
        assertThat(inTransaction(() -> store().savePending(owner(), SECRET, SETUP)))
                .isTrue();

        assertThat(store().find(owner()))
                .contains(new MfaEnrolment(owner(), SECRET, SETUP, null, OptionalLong.empty()));
        assertThat(store().find(owner()).orElseThrow().enabled()).isFalse();
    }

    @Test
    void aNewSetupReplacesAPendingOne() {
        run(() -> store().savePending(owner(), SECRET, SETUP));

        assertThat(inTransaction(() -> store().savePending(owner(), OTHER_SECRET, SETUP.plusSeconds(5))))
                .isTrue();

        assertThat(store().find(owner()))
                .contains(new MfaEnrolment(owner(), OTHER_SECRET, SETUP.plusSeconds(5), null, OptionalLong.empty()));
    }

    @Test
    void aSetupNeverReplacesAnEnabledEnrolment() {
        enableForOwner();
        MfaEnrolment enabled = store().find(owner()).orElseThrow();

        assertThat(inTransaction(() -> store().savePending(owner(), OTHER_SECRET, CONFIRMED.plusSeconds(5))))
                .isFalse();

        assertThat(store().find(owner())).contains(enabled);
    }

    @Test
    void enablingSwitchesMfaOnSpendsTheConfirmingStepAndStoresTheRecoveryCodes() {
        enableForOwner();

        assertThat(store().find(owner()))
                .contains(new MfaEnrolment(owner(), SECRET, SETUP, CONFIRMED, OptionalLong.of(CONFIRMING_STEP)));
        assertThat(store().remainingRecoveryCodes(owner())).isEqualTo(10);
        assertThat(inTransaction(() -> store().acceptStep(owner(), CONFIRMING_STEP)))
                .as("the confirming code again")
                .isFalse();
    }

    @Test
    void onlyAPendingEnrolmentWithTheConfirmedSecretIsEnabled() {
        assertThat(inTransaction(() -> store().enable(owner(), SECRET, 1, recoveryCodeHashes('a'), CONFIRMED)))
                .as("nothing set up")
                .isFalse();

        run(() -> store().savePending(owner(), OTHER_SECRET, SETUP));
        assertThat(inTransaction(() -> store().enable(owner(), SECRET, 1, recoveryCodeHashes('a'), CONFIRMED)))
                .as("a code checked against a secret a new setup replaced")
                .isFalse();
        assertThat(store().find(owner()).orElseThrow().enabled()).isFalse();
        assertThat(store().remainingRecoveryCodes(owner())).isZero();

        run(() -> store().remove(owner()));
        enableForOwner();
        assertThat(inTransaction(() -> store().enable(
                                owner(),
                                SECRET,
                                CONFIRMING_STEP + 1,
                                recoveryCodeHashes('b'),
                                CONFIRMED.plusSeconds(30))))
                .as("enabled already")
                .isFalse();
        assertThat(store().find(owner()).orElseThrow().lastUsedStep()).hasValue(CONFIRMING_STEP);
        assertThat(inTransaction(() ->
                        store().useRecoveryCode(owner(), recoveryCodeHashes('b').getFirst(), SETUP)))
                .isFalse();
    }

    /** The lazy re-seal after a key rotation: the secret is replaced, nothing else of the enrolment. */
    @Test
    void aSecretSealedAnewReplacesTheOneItWasUnsealedFrom() {
        enableForOwner();
        SealedSecret resealed = sealed("first secret, sealed anew");

        assertThat(inTransaction(() -> store().replaceSecret(owner(), SECRET, resealed)))
                .isTrue();

        assertThat(store().find(owner()))
                .contains(new MfaEnrolment(owner(), resealed, SETUP, CONFIRMED, OptionalLong.of(CONFIRMING_STEP)));
        assertThat(store().remainingRecoveryCodes(owner())).isEqualTo(10);
        assertThat(inTransaction(() -> store().replaceSecret(owner(), SECRET, OTHER_SECRET)))
                .as("sealed anew already: the old value is no longer stored")
                .isFalse();
        assertThat(store().find(owner()).orElseThrow().secret()).isEqualTo(resealed);
    }

    @Test
    void aSecretIsReplacedOnlyWhileItIsStillTheStoredOne() {
        assertThat(inTransaction(() -> store().replaceSecret(owner(), SECRET, OTHER_SECRET)))
                .as("nothing set up")
                .isFalse();
        assertThat(store().find(owner())).isEmpty();

        run(() -> store().savePending(owner(), OTHER_SECRET, SETUP));
        assertThat(inTransaction(() -> store().replaceSecret(owner(), SECRET, sealed("stale"))))
                .as("a new setup replaced the secret meanwhile")
                .isFalse();
        assertThat(store().find(owner()).orElseThrow().secret()).isEqualTo(OTHER_SECRET);
        assertThat(inTransaction(() -> store().replaceSecret(owner(), sealed("unrelated"), sealed("stale"))))
                .isFalse();
        assertThat(store().find(owner()).orElseThrow().secret()).isEqualTo(OTHER_SECRET);
    }

    @Test
    void acceptsOnlyAStepLaterThanTheLastAcceptedOne() {
        enableForOwner();

        assertThat(inTransaction(() -> store().acceptStep(owner(), CONFIRMING_STEP - 1)))
                .isFalse();
        assertThat(inTransaction(() -> store().acceptStep(owner(), CONFIRMING_STEP + 1)))
                .isTrue();
        assertThat(inTransaction(() -> store().acceptStep(owner(), CONFIRMING_STEP + 1)))
                .as("the same code again")
                .isFalse();
        assertThat(inTransaction(() -> store().acceptStep(owner(), CONFIRMING_STEP + 3)))
                .isTrue();
        assertThat(inTransaction(() -> store().acceptStep(owner(), CONFIRMING_STEP + 2)))
                .as("a code of an earlier step than the last accepted")
                .isFalse();

        assertThat(store().find(owner()).orElseThrow().lastUsedStep()).hasValue(CONFIRMING_STEP + 3);
    }

    @Test
    void aPendingEnrolmentAcceptsNoStepAndNoRecoveryCode() {
        run(() -> store().savePending(owner(), SECRET, SETUP));

        assertThat(inTransaction(() -> store().acceptStep(owner(), CONFIRMING_STEP)))
                .isFalse();
        assertThat(store().find(owner()).orElseThrow().lastUsedStep()).isEmpty();
    }

    @Test
    void eachRecoveryCodeOfTheAccountWorksOnce() {
        enableForOwner();
        UserId other = storedAccount();
        RecoveryCodeHash code = recoveryCodeHashes('a').get(3);

        assertThat(inTransaction(() -> store().useRecoveryCode(other, code, CONFIRMED)))
                .as("another account's code")
                .isFalse();
        assertThat(inTransaction(
                        () -> store().useRecoveryCode(owner(), new RecoveryCodeHash("f".repeat(64)), CONFIRMED)))
                .as("an unknown code")
                .isFalse();
        assertThat(inTransaction(() -> store().useRecoveryCode(owner(), code, CONFIRMED)))
                .isTrue();
        assertThat(inTransaction(() -> store().useRecoveryCode(owner(), code, CONFIRMED.plusSeconds(1))))
                .as("the same code again")
                .isFalse();

        assertThat(store().remainingRecoveryCodes(owner())).isEqualTo(9);
    }

    @Test
    void aNewSetOfRecoveryCodesReplacesTheOldOneUsedOrNot() {
        enableForOwner();
        run(() -> store().useRecoveryCode(owner(), recoveryCodeHashes('a').get(0), CONFIRMED));

        assertThat(inTransaction(() -> store().replaceRecoveryCodes(owner(), recoveryCodeHashes('b'))))
                .isTrue();

        assertThat(store().remainingRecoveryCodes(owner())).isEqualTo(10);
        assertThat(inTransaction(() ->
                        store().useRecoveryCode(owner(), recoveryCodeHashes('a').get(1), CONFIRMED)))
                .as("a code of the old set")
                .isFalse();
        assertThat(inTransaction(() ->
                        store().useRecoveryCode(owner(), recoveryCodeHashes('b').get(0), CONFIRMED)))
                .isTrue();
    }

    @Test
    void recoveryCodesAreReplacedOnlyWhileMfaIsEnabled() {
        assertThat(inTransaction(() -> store().replaceRecoveryCodes(owner(), recoveryCodeHashes('b'))))
                .isFalse();
        run(() -> store().savePending(owner(), SECRET, SETUP));
        assertThat(inTransaction(() -> store().replaceRecoveryCodes(owner(), recoveryCodeHashes('b'))))
                .isFalse();

        assertThat(store().remainingRecoveryCodes(owner())).isZero();
    }

    @Test
    void removingAnEnabledEnrolmentSwitchesMfaOffWithItsRecoveryCodes() {
        enableForOwner();

        assertThat(inTransaction(() -> store().remove(owner()))).isTrue();

        assertThat(store().find(owner())).isEmpty();
        assertThat(store().remainingRecoveryCodes(owner())).isZero();
        assertThat(inTransaction(() ->
                        store().useRecoveryCode(owner(), recoveryCodeHashes('a').getFirst(), SETUP)))
                .isFalse();
        assertThat(inTransaction(() -> store().remove(owner())))
                .as("removed already")
                .isFalse();
    }

    /** A pending setup goes too, but MFA was not on: an admin's reset of it is refused. */
    @Test
    void removingAPendingEnrolmentSaysMfaWasNotOn() {
        run(() -> store().savePending(owner(), SECRET, SETUP));

        assertThat(inTransaction(() -> store().remove(owner()))).isFalse();

        assertThat(store().find(owner())).isEmpty();
    }

    @Test
    void afterMfaWasSwitchedOffANewSetupStartsAgain() {
        enableForOwner();
        run(() -> store().remove(owner()));

        assertThat(inTransaction(() -> store().savePending(owner(), OTHER_SECRET, SETUP.plusSeconds(600))))
                .isTrue();

        assertThat(store().find(owner()))
                .contains(new MfaEnrolment(owner(), OTHER_SECRET, SETUP.plusSeconds(600), null, OptionalLong.empty()));
    }
}
