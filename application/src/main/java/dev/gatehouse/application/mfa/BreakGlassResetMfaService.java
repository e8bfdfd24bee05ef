package dev.gatehouse.application.mfa;

import dev.gatehouse.application.email.mailing.SecurityNotices;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.mfa.BreakGlassReset;
import dev.gatehouse.domain.port.in.mfa.BreakGlassResetMfaCommand;
import dev.gatehouse.domain.port.in.mfa.BreakGlassResetMfaUseCase;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import dev.gatehouse.domain.user.UserNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The operator's reset, for the last admin locked out by the policy that admins need MFA: as
 * {@link ResetMfaService} does it (the enrolment goes, the account is signed out everywhere, a
 * notice is mailed), but
 * found by email and with nobody signed in to act, so {@code MFA_RESET} names no actor and says in
 * its details that the operator command did it.
 */
public final class BreakGlassResetMfaService implements BreakGlassResetMfaUseCase {
    /** The {@code source} of the event's details: who acted, since no account did. */
    public static final String SOURCE = "break-glass-command";

    private final UserRepository users;
    private final MfaReset mfaReset;
    private final SecurityEventLog securityEvents;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public BreakGlassResetMfaService(
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
    public BreakGlassReset resetMfa(BreakGlassResetMfaCommand command) {
        return unitOfWork.inTransaction(() -> {
            UserId id = users.findByEmail(command.email())
                    .map(User::id)
                    .orElseThrow(() -> new UserNotFoundException(command.email()));
            // Read again under the row lock: deleted meanwhile is as unknown as never there.
            User target = users.lockById(id).orElseThrow(() -> new UserNotFoundException(command.email()));
            Instant now = clock.instant();
            int revoked = mfaReset.reset(target, now);
            Map<String, String> details = new HashMap<>(AccountSignOut.details(revoked));
            details.put("source", SOURCE);
            securityEvents.record(SecurityEvent.unattributed(
                    SecurityEventType.MFA_RESET, now, target.id(), ClientInfo.unknown(), details));
            return new BreakGlassReset(target.id(), revoked);
        });
    }
}
