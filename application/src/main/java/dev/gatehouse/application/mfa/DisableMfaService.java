package dev.gatehouse.application.mfa;

import dev.gatehouse.application.email.mailing.SecurityNotices;
import dev.gatehouse.application.lockout.CurrentPasswordCheck;
import dev.gatehouse.application.lockout.SecondFactorCheck;
import dev.gatehouse.application.user.CallerAccounts;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.mail.MailTopic;
import dev.gatehouse.domain.mfa.MfaEnrolment;
import dev.gatehouse.domain.mfa.MfaNotEnabledException;
import dev.gatehouse.domain.mfa.MfaRequiredForAdminsException;
import dev.gatehouse.domain.port.in.mfa.DisableMfaCommand;
import dev.gatehouse.domain.port.in.mfa.DisableMfaUseCase;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.SecretSealer;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Switches the caller's MFA off, given both the current password (checked outside the transaction;
 * a wrong one counts towards the lockout, see {@link CurrentPasswordCheck}) and a second factor: a
 * TOTP code or a recovery code, spent (a wrong one counts too, see {@link SecondFactorCheck}). The account is signed out everywhere ({@link
 * AccountSignOut}). While MFA is required for admins, an ADMIN cannot switch it off; that is
 * decided on the account as locked, so a promotion that came first counts, and before any code is
 * spent. The account's address gets a notice, queued with the change.
 */
public final class DisableMfaService implements DisableMfaUseCase {
    private final CallerAccounts callers;
    private final MfaEnrolmentStore enrolments;
    private final MfaCodes codes;
    private final AccountSignOut signOut;
    private final SecurityEventLog securityEvents;
    private final CurrentPasswordCheck currentPasswords;
    private final SecondFactorCheck secondFactors;
    private final SecurityNotices notices;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final boolean requiredForAdmins;

    /** @param requiredForAdmins whether the deployment requires MFA of every ADMIN */
    public DisableMfaService(
            UserRepository users,
            SessionRepository sessions,
            MfaEnrolmentStore enrolments,
            SecretSealer sealer,
            SecurityEventLog securityEvents,
            CurrentPasswordCheck currentPasswords,
            SecondFactorCheck secondFactors,
            SecurityNotices notices,
            UnitOfWork unitOfWork,
            Clock clock,
            boolean requiredForAdmins) {
        this.callers = new CallerAccounts(users);
        this.enrolments = enrolments;
        this.codes = new MfaCodes(enrolments, sealer);
        this.signOut = new AccountSignOut(users, sessions);
        this.securityEvents = securityEvents;
        this.currentPasswords = currentPasswords;
        this.secondFactors = secondFactors;
        this.notices = notices;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.requiredForAdmins = requiredForAdmins;
    }

    @Override
    public void disableMfa(DisableMfaCommand command) {
        User user = callers.find(command.self());
        currentPasswords.verify(user, command.currentPassword(), command.client());
        secondFactors.run(
                user,
                command.client(),
                () -> unitOfWork.inTransaction(() -> {
                    User current = callers.lock(command.self());
                    MfaEnrolment enabled = codes.enabledOf(current.id());
                    if (requiredForAdmins && current.roles().contains(Role.ADMIN)) {
                        throw new MfaRequiredForAdminsException();
                    }
                    Instant now = clock.instant();
                    MfaCodes.Method method = codes.acceptTotpOrRecoveryCode(enabled, command.code(), now);
                    if (!enrolments.remove(current.id())) {
                        throw new MfaNotEnabledException();
                    }
                    Map<String, String> details = new HashMap<>(signOut.signOut(current, now));
                    details.put("method", method.auditName);
                    notices.queue(current.email(), MailTopic.MFA_DISABLED_NOTICE, now);
                    securityEvents.record(SecurityEvent.bySelf(
                            SecurityEventType.MFA_DISABLED, now, current.id(), command.client(), details));
                    return null;
                }));
    }
}
