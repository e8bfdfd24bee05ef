package dev.gatehouse.application.mfa;

import dev.gatehouse.application.lockout.SecondFactorCheck;
import dev.gatehouse.application.user.CallerAccounts;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.mfa.MfaNotEnabledException;
import dev.gatehouse.domain.mfa.RecoveryCodes;
import dev.gatehouse.domain.port.in.mfa.RegenerateRecoveryCodesCommand;
import dev.gatehouse.domain.port.in.mfa.RegenerateRecoveryCodesUseCase;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.SecretSealer;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.User;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Replaces the caller's recovery codes with a new set, answered this once, after a TOTP code
 * (spent, like any accepted code) proves the caller holds the authenticator: a stolen access token
 * alone does not mint codes, nor guess its way there (a wrong code counts towards the lockout, see
 * {@link SecondFactorCheck}). The old set stops working, used codes or not.
 */
public final class RegenerateRecoveryCodesService implements RegenerateRecoveryCodesUseCase {
    private final CallerAccounts callers;
    private final MfaEnrolmentStore enrolments;
    private final MfaCodes codes;
    private final SecurityEventLog securityEvents;
    private final SecondFactorCheck secondFactors;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public RegenerateRecoveryCodesService(
            UserRepository users,
            MfaEnrolmentStore enrolments,
            SecretSealer sealer,
            SecurityEventLog securityEvents,
            SecondFactorCheck secondFactors,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.callers = new CallerAccounts(users);
        this.enrolments = enrolments;
        this.codes = new MfaCodes(enrolments, sealer);
        this.securityEvents = securityEvents;
        this.secondFactors = secondFactors;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public List<String> regenerateRecoveryCodes(RegenerateRecoveryCodesCommand command) {
        User caller = callers.find(command.self());
        return secondFactors.run(
                caller,
                command.client(),
                () -> unitOfWork.inTransaction(() -> {
                    User current = callers.lock(command.self());
                    Instant now = clock.instant();
                    codes.acceptTotp(codes.enabledOf(current.id()), command.code(), now);
                    RecoveryCodes recoveryCodes = RecoveryCodes.generate(random);
                    if (!enrolments.replaceRecoveryCodes(current.id(), recoveryCodes.hashes())) {
                        throw new MfaNotEnabledException();
                    }
                    securityEvents.record(SecurityEvent.bySelf(
                            SecurityEventType.RECOVERY_CODES_REGENERATED,
                            now,
                            current.id(),
                            command.client(),
                            Map.of()));
                    return recoveryCodes.displayed();
                }));
    }
}
