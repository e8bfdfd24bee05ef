package dev.gatehouse.application.mfa;

import dev.gatehouse.application.user.CallerAccounts;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.mfa.MfaEnrolment;
import dev.gatehouse.domain.mfa.MfaSetupNotStartedException;
import dev.gatehouse.domain.mfa.RecoveryCodes;
import dev.gatehouse.domain.port.in.mfa.ConfirmTotpCommand;
import dev.gatehouse.domain.port.in.mfa.ConfirmTotpUseCase;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.SecretSealer;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.User;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Switches MFA on once a first code proves the authenticator app holds the pending secret. The
 * confirming code's step is recorded as used (it cannot be replayed), the first set of recovery
 * codes is stored as hashes and answered this once, and the account is signed out everywhere
 * ({@link AccountSignOut}): its next sign-in takes two steps.
 */
public final class ConfirmTotpService implements ConfirmTotpUseCase {
    private final CallerAccounts callers;
    private final MfaEnrolmentStore enrolments;
    private final MfaCodes codes;
    private final AccountSignOut signOut;
    private final SecurityEventLog securityEvents;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ConfirmTotpService(
            UserRepository users,
            SessionRepository sessions,
            MfaEnrolmentStore enrolments,
            SecretSealer sealer,
            SecurityEventLog securityEvents,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.callers = new CallerAccounts(users);
        this.enrolments = enrolments;
        this.codes = new MfaCodes(enrolments, sealer);
        this.signOut = new AccountSignOut(users, sessions);
        this.securityEvents = securityEvents;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public List<String> confirmTotp(ConfirmTotpCommand command) {
        return unitOfWork.inTransaction(() -> {
            User current = callers.lock(command.self());
            MfaEnrolment pending = enrolments
                    .find(current.id())
                    .filter(enrolment -> !enrolment.enabled())
                    .orElseThrow(MfaSetupNotStartedException::new);
            Instant now = clock.instant();
            long step = codes.matchingStep(pending, command.code(), now);
            RecoveryCodes recoveryCodes = RecoveryCodes.generate(random);
            // The account is locked, and every MFA write locks it first: nothing replaced or enabled
            // the pending secret since it was read. Refused all the same, should a caller not lock.
            if (!enrolments.enable(current.id(), pending.secret(), step, recoveryCodes.hashes(), now)) {
                throw new MfaSetupNotStartedException();
            }
            securityEvents.record(SecurityEvent.bySelf(
                    SecurityEventType.MFA_ENABLED, now, current.id(), command.client(), signOut.signOut(current, now)));
            return recoveryCodes.displayed();
        });
    }
}
