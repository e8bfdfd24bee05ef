package dev.gatehouse.application.mfa;

import dev.gatehouse.application.email.mailing.SecurityNotices;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.port.in.mfa.ResetMfaCommand;
import dev.gatehouse.domain.port.in.mfa.ResetMfaUseCase;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserNotFoundException;
import java.time.Clock;
import java.time.Instant;

/**
 * An administrator switches an account's MFA off, for an owner who lost both the authenticator and
 * the recovery codes: the enrolment goes (a pending one too), the account is signed out everywhere
 * ({@link AccountSignOut}), the account's address gets a notice, and {@code MFA_RESET} names the
 * admin as the actor.
 */
public final class ResetMfaService implements ResetMfaUseCase {
    private final UserRepository users;
    private final MfaReset mfaReset;
    private final SecurityEventLog securityEvents;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ResetMfaService(
            UserRepository users,
            SessionRepository sessions,
            MfaEnrolmentStore enrolments,
            SecurityNotices notices,
            SecurityEventLog securityEvents,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.users = users;
        this.mfaReset = new MfaReset(users, sessions, enrolments, notices);
        this.securityEvents = securityEvents;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void resetMfa(ResetMfaCommand command) {
        unitOfWork.run(() -> {
            User target =
                    users.lockById(command.target()).orElseThrow(() -> new UserNotFoundException(command.target()));
            Instant now = clock.instant();
            int revoked = mfaReset.reset(target, now);
            securityEvents.record(SecurityEvent.byAdmin(
                    SecurityEventType.MFA_RESET,
                    now,
                    target.id(),
                    command.actor(),
                    command.client(),
                    AccountSignOut.details(revoked)));
        });
    }
}
