package dev.gatehouse.domain.port.out;

import dev.gatehouse.domain.mfa.MfaEnrolment;
import dev.gatehouse.domain.mfa.RecoveryCodeHash;
import dev.gatehouse.domain.mfa.SealedSecret;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts' TOTP enrolments and their recovery codes, shared by every instance. Each method that
 * decides a race does so in one conditional write, so that of two requests at once, on one
 * instance or two, exactly one wins; the {@code boolean} it returns says whether this caller won.
 * Callers run the writing methods inside a {@link UnitOfWork} (a {@code false} changes nothing).
 *
 * <p>Recovery codes reach the store as hashes only ({@link RecoveryCodeHash}), and the codes of
 * one set are distinct.
 */
public interface MfaEnrolmentStore {

    Optional<MfaEnrolment> find(UserId userId);

    /**
     * Which of these accounts have MFA enabled (a pending setup does not count), in one read: a
     * page of accounts costs one query, not one per account. Unknown accounts are simply absent.
     */
    Set<UserId> enabledAmong(Collection<UserId> userIds);

    /**
     * Stores a new, pending enrolment with this secret, replacing a pending one (a new setup), but
     * never an enabled one.
     *
     * @return {@code false}, storing nothing, when the account's MFA is enabled (also when it was
     *     enabled by a request running at the same time)
     */
    boolean savePending(UserId userId, SealedSecret secret, Instant now);

    /**
     * Switches MFA on: only a pending enrolment whose secret is still {@code confirmedSecret} (the
     * one the confirming code was checked against; a setup that replaced it meanwhile makes this
     * fail, so a code never enables a secret it was not checked against). Records
     * {@code confirmedStep} as used, so the confirming code is spent too, and stores the
     * recovery-code hashes as the account's first set. Of two confirmations at once, one wins.
     *
     * @return {@code false}, changing nothing, when there is no such pending enrolment
     */
    boolean enable(
            UserId userId,
            SealedSecret confirmedSecret,
            long confirmedStep,
            List<RecoveryCodeHash> recoveryCodeHashes,
            Instant now);

    /**
     * Stores {@code resealed}, the same secret sealed anew (under the current key, or encrypted once
     * a key is configured), in place of {@code expected}: only while the stored secret is still
     * {@code expected}, so that a new setup or a removal that came meanwhile is never undone. Nothing
     * else of the enrolment changes.
     *
     * @return {@code false}, changing nothing, when the account's stored secret is not
     *     {@code expected} (or there is none)
     */
    boolean replaceSecret(UserId userId, SealedSecret expected, SealedSecret resealed);

    /**
     * Accepts the TOTP time step of a code just checked, once: only for an enabled enrolment, and
     * only a step later than the last one accepted, which then becomes the last one. A code of a
     * step at or before the last accepted one is refused; of two requests carrying the same code
     * at once, exactly one gets {@code true}.
     */
    boolean acceptStep(UserId userId, long step);

    /**
     * Spends one of the account's recovery codes, by its hash: {@code true} only for a code of the
     * account's current set that was not used yet; of two uses at once, exactly one gets
     * {@code true}.
     */
    boolean useRecoveryCode(UserId userId, RecoveryCodeHash codeHash, Instant now);

    /** How many of the account's recovery codes are still unused (0 without MFA). */
    int remainingRecoveryCodes(UserId userId);

    /**
     * Replaces the account's recovery codes with a new set: the old codes, used or not, stop
     * working. Only while MFA is enabled; a concurrent replacement or removal waits for this one.
     *
     * @return {@code false}, changing nothing, when the account's MFA is not enabled
     */
    boolean replaceRecoveryCodes(UserId userId, List<RecoveryCodeHash> recoveryCodeHashes);

    /**
     * Deletes the account's enrolment, pending or enabled, with its recovery codes (switching MFA
     * off, an admin's reset). Of two removals at once, one gets {@code true}.
     *
     * @return whether an enabled enrolment was removed, i.e. whether MFA was on
     */
    boolean remove(UserId userId);
}
