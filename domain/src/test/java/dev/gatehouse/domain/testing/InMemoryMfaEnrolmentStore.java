package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.mfa.MfaEnrolment;
import dev.gatehouse.domain.mfa.RecoveryCodeHash;
import dev.gatehouse.domain.mfa.SealedSecret;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A {@link MfaEnrolmentStore} in maps, each method one synchronized step (as each is one
 * conditional statement in the real one); held to the same contract.
 */
public class InMemoryMfaEnrolmentStore implements MfaEnrolmentStore {
    private final Map<UserId, MfaEnrolment> enrolments = new HashMap<>();
    /** Per account, the hashes of its recovery codes not used yet: a used one is simply gone. */
    private final Map<UserId, Set<RecoveryCodeHash>> unusedRecoveryCodes = new HashMap<>();

    @Override
    public synchronized Optional<MfaEnrolment> find(UserId userId) {
        return Optional.ofNullable(enrolments.get(userId));
    }

    @Override
    public synchronized Set<UserId> enabledAmong(Collection<UserId> userIds) {
        return userIds.stream().filter(this::isEnabled).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public synchronized boolean savePending(UserId userId, SealedSecret secret, Instant now) {
        if (isEnabled(userId)) {
            return false;
        }
        enrolments.put(userId, new MfaEnrolment(userId, secret, now, null, OptionalLong.empty()));
        return true;
    }

    @Override
    public synchronized boolean enable(
            UserId userId,
            SealedSecret confirmedSecret,
            long confirmedStep,
            List<RecoveryCodeHash> recoveryCodeHashes,
            Instant now) {
        MfaEnrolment pending = enrolments.get(userId);
        if (pending == null || pending.enabled() || !pending.secret().equals(confirmedSecret)) {
            return false;
        }
        enrolments.put(
                userId,
                new MfaEnrolment(userId, pending.secret(), pending.createdAt(), now, OptionalLong.of(confirmedStep)));
        unusedRecoveryCodes.put(userId, new HashSet<>(recoveryCodeHashes));
        return true;
    }

    @Override
    public synchronized boolean replaceSecret(UserId userId, SealedSecret expected, SealedSecret resealed) {
        MfaEnrolment stored = enrolments.get(userId);
        if (stored == null || !stored.secret().equals(expected)) {
            return false;
        }
        enrolments.put(
                userId,
                new MfaEnrolment(userId, resealed, stored.createdAt(), stored.enabledAt(), stored.lastUsedStep()));
        return true;
    }

    @Override
    public synchronized boolean acceptStep(UserId userId, long step) {
        MfaEnrolment enrolment = enrolments.get(userId);
        if (enrolment == null
                || !enrolment.enabled()
                || enrolment.lastUsedStep().orElse(Long.MIN_VALUE) >= step) {
            return false;
        }
        enrolments.put(
                userId,
                new MfaEnrolment(
                        userId,
                        enrolment.secret(),
                        enrolment.createdAt(),
                        enrolment.enabledAt(),
                        OptionalLong.of(step)));
        return true;
    }

    @Override
    public synchronized boolean useRecoveryCode(UserId userId, RecoveryCodeHash codeHash, Instant now) {
        Set<RecoveryCodeHash> unused = unusedRecoveryCodes.get(userId);
        return unused != null && unused.remove(codeHash);
    }

    @Override
    public synchronized int remainingRecoveryCodes(UserId userId) {
        return unusedRecoveryCodes.getOrDefault(userId, Set.of()).size();
    }

    @Override
    public synchronized boolean replaceRecoveryCodes(UserId userId, List<RecoveryCodeHash> recoveryCodeHashes) {
        if (!isEnabled(userId)) {
            return false;
        }
        unusedRecoveryCodes.put(userId, new HashSet<>(recoveryCodeHashes));
        return true;
    }

    @Override
    public synchronized boolean remove(UserId userId) {
        unusedRecoveryCodes.remove(userId);
        MfaEnrolment removed = enrolments.remove(userId);
        return removed != null && removed.enabled();
    }

    private boolean isEnabled(UserId userId) {
        MfaEnrolment enrolment = enrolments.get(userId);
        return enrolment != null && enrolment.enabled();
    }
}
