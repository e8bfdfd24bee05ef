package dev.gatehouse.adapter.out.persistence;

import static dev.gatehouse.adapter.out.persistence.jooq.Tables.MFA_ENROLMENTS;
import static dev.gatehouse.adapter.out.persistence.jooq.Tables.MFA_RECOVERY_CODES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.adapter.out.persistence.OverlappingTransactions.Outcomes;
import dev.gatehouse.adapter.out.persistence.jooq.tables.records.MfaEnrolmentsRecord;
import dev.gatehouse.domain.mfa.RecoveryCodeHash;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.testing.MfaEnrolmentStoreContract;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shared contract on real PostgreSQL, plus its races: two transactions that provably overlap
 * ({@link OverlappingTransactions}), the second waiting for the first one's row lock, must leave
 * exactly one winner.
 */
@PersistenceIT
class JooqMfaEnrolmentStoreIT extends MfaEnrolmentStoreContract {
    private static final long NEXT_STEP = CONFIRMING_STEP + 1;

    private final MfaEnrolmentStore store;
    private final UserRepository users;
    private final UnitOfWork unitOfWork;
    private final DSLContext dsl;

    @Autowired
    JooqMfaEnrolmentStoreIT(MfaEnrolmentStore store, UserRepository users, UnitOfWork unitOfWork, DSLContext dsl) {
        this.store = store;
        this.users = users;
        this.unitOfWork = unitOfWork;
        this.dsl = dsl;
    }

    @Override
    protected MfaEnrolmentStore store() {
        return store;
    }

    @Override
    protected UserRepository users() {
        return users;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    @Test
    void storesTheSealedSecretAsGivenAndTheRecoveryCodesAsHashesOnly() {
        enableForOwner();

        MfaEnrolmentsRecord row = dsl.fetchSingle(MFA_ENROLMENTS);
        assertThat(row.getSealedSecret()).isEqualTo(SECRET.value());
        assertThat(row.getEnabledAt().toInstant()).isEqualTo(CONFIRMED);
        assertThat(row.getLastUsedStep()).isEqualTo(CONFIRMING_STEP);
        assertThat(row.getUpdatedAt().toInstant()).isEqualTo(CONFIRMED);
        assertThat(storedRecoveryCodeHashes()).containsExactlyInAnyOrderElementsOf(recoveryCodeHashes('a'));
    }

    /** The replay protection: the same TOTP code in two requests at once is accepted once. */
    @Test
    void twoRequestsAcceptingTheSameStepAtOnceHaveExactlyOneWinner() throws InterruptedException {
        enableForOwner();

        Outcomes<Boolean, Boolean> outcomes =
                OverlappingTransactions.runTwice(unitOfWork, dsl, () -> store.acceptStep(owner(), NEXT_STEP));

        assertThat(outcomes.first().value()).isTrue();
        assertThat(outcomes.second().failure()).isNull();
        assertThat(outcomes.second().value()).isFalse();
        assertThat(store.find(owner()).orElseThrow().lastUsedStep()).hasValue(NEXT_STEP);
    }

    /** A later code accepted meanwhile makes an earlier one, checked at the same time, too old. */
    @Test
    void aStepAcceptedMeanwhileRefusesAnEarlierOneWaitingForIt() throws InterruptedException {
        enableForOwner();

        Outcomes<Boolean, Boolean> outcomes = OverlappingTransactions.run(
                unitOfWork,
                dsl,
                () -> store.acceptStep(owner(), NEXT_STEP + 1),
                () -> store.acceptStep(owner(), NEXT_STEP));

        assertThat(outcomes.first().value()).isTrue();
        assertThat(outcomes.second().value()).isFalse();
        assertThat(store.find(owner()).orElseThrow().lastUsedStep()).hasValue(NEXT_STEP + 1);
    }

    @Test
    void twoUsesOfOneRecoveryCodeAtOnceHaveExactlyOneWinner() throws InterruptedException {
        enableForOwner();
        RecoveryCodeHash code = recoveryCodeHashes('a').get(7);

        Outcomes<Boolean, Boolean> outcomes = OverlappingTransactions.runTwice(
                unitOfWork, dsl, () -> store.useRecoveryCode(owner(), code, CONFIRMED));

        assertThat(outcomes.first().value()).isTrue();
        assertThat(outcomes.second().failure()).isNull();
        assertThat(outcomes.second().value()).isFalse();
        assertThat(store.remainingRecoveryCodes(owner())).isEqualTo(9);
    }

    /** Two confirmations at once (a double click): one enables, and only its codes are stored. */
    @Test
    void twoConfirmationsAtOnceEnableOnceWithOneSetOfCodes() throws InterruptedException {
        run(() -> store.savePending(owner(), SECRET, SETUP));

        Outcomes<Boolean, Boolean> outcomes = OverlappingTransactions.run(
                unitOfWork,
                dsl,
                () -> store.enable(owner(), SECRET, CONFIRMING_STEP, recoveryCodeHashes('a'), CONFIRMED),
                () -> store.enable(owner(), SECRET, NEXT_STEP, recoveryCodeHashes('b'), CONFIRMED));

        assertThat(outcomes.first().value()).isTrue();
        assertThat(outcomes.second().failure()).isNull();
        assertThat(outcomes.second().value()).isFalse();
        assertThat(storedRecoveryCodeHashes()).containsExactlyInAnyOrderElementsOf(recoveryCodeHashes('a'));
    }

    /** A setup that comes while a confirmation commits does not turn the enabled enrolment back into a pending one. */
    @Test
    void aSetupWaitingForAConfirmationLeavesTheEnabledEnrolmentAlone() throws InterruptedException {
        run(() -> store.savePending(owner(), SECRET, SETUP));

        Outcomes<Boolean, Boolean> outcomes = OverlappingTransactions.run(
                unitOfWork,
                dsl,
                () -> store.enable(owner(), SECRET, CONFIRMING_STEP, recoveryCodeHashes('a'), CONFIRMED),
                () -> store.savePending(owner(), sealed("another secret"), CONFIRMED));

        assertThat(outcomes.first().value()).isTrue();
        assertThat(outcomes.second().failure()).isNull();
        assertThat(outcomes.second().value()).isFalse();
        assertThat(store.find(owner()).orElseThrow().secret()).isEqualTo(SECRET);
    }

    /** Two regenerations at once: the later one's set replaces the earlier one's whole, never both sets. */
    @Test
    void twoReplacementsOfTheRecoveryCodesAtOnceLeaveOneWholeSet() throws InterruptedException {
        enableForOwner();

        Outcomes<Boolean, Boolean> outcomes = OverlappingTransactions.run(
                unitOfWork,
                dsl,
                () -> store.replaceRecoveryCodes(owner(), recoveryCodeHashes('b')),
                () -> store.replaceRecoveryCodes(owner(), recoveryCodeHashes('c')));

        assertThat(outcomes.first().value()).isTrue();
        assertThat(outcomes.second().value()).isTrue();
        assertThat(storedRecoveryCodeHashes()).containsExactlyInAnyOrderElementsOf(recoveryCodeHashes('c'));
    }

    /** A re-seal that waits for a switch-off finds no secret to replace, and brings nothing back. */
    @Test
    void aResealWaitingForARemovalChangesNothing() throws InterruptedException {
        enableForOwner();

        Outcomes<Boolean, Boolean> outcomes = OverlappingTransactions.run(
                unitOfWork,
                dsl,
                () -> store.remove(owner()),
                () -> store.replaceSecret(owner(), SECRET, sealed("sealed anew")));

        assertThat(outcomes.first().value()).isTrue();
        assertThat(outcomes.second().failure()).isNull();
        assertThat(outcomes.second().value()).isFalse();
        assertThat(dsl.fetchCount(MFA_ENROLMENTS)).isZero();
    }

    /** A re-seal that waits for a new setup (after a switch-off) leaves the new secret alone. */
    @Test
    void aResealWaitingForANewSetupLeavesTheNewSecret() throws InterruptedException {
        run(() -> store.savePending(owner(), SECRET, SETUP));

        Outcomes<Boolean, Boolean> outcomes = OverlappingTransactions.run(
                unitOfWork,
                dsl,
                () -> store.savePending(owner(), sealed("new setup"), CONFIRMED),
                () -> store.replaceSecret(owner(), SECRET, sealed("sealed anew")));

        assertThat(outcomes.first().value()).isTrue();
        assertThat(outcomes.second().value()).isFalse();
        assertThat(store.find(owner()).orElseThrow().secret()).isEqualTo(sealed("new setup"));
    }

    @Test
    void deletingTheAccountDeletesItsEnrolmentAndRecoveryCodes() {
        enableForOwner();

        assertThat(inTransaction(() -> users.delete(owner()))).isTrue();

        assertThat(dsl.fetchCount(MFA_ENROLMENTS)).isZero();
        assertThat(dsl.fetchCount(MFA_RECOVERY_CODES)).isZero();
    }

    /** Every recovery-code hash in the table, whichever account's. */
    private List<RecoveryCodeHash> storedRecoveryCodeHashes() {
        return dsl.fetch(MFA_RECOVERY_CODES).map(row -> new RecoveryCodeHash(row.getCodeHash()));
    }
}
