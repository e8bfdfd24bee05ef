package dev.gatehouse.application.user;

import dev.gatehouse.application.email.mailing.SecurityNotices;
import dev.gatehouse.application.lockout.CurrentPasswordCheck;
import dev.gatehouse.application.password.NewPasswords;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.mail.MailTopic;
import dev.gatehouse.domain.password.InvalidCurrentPasswordException;
import dev.gatehouse.domain.port.in.user.ChangeOwnPasswordCommand;
import dev.gatehouse.domain.port.in.user.ChangeOwnPasswordUseCase;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Replaces the caller's password after proving they know the current one (a wrong one counts
 * towards the account's lockout, see {@link CurrentPasswordCheck}), and ends every session
 * of the account (its access tokens stop working through the account's token cut-off). The slow
 * hashing runs outside the transaction; the write locks the account and re-reads it, so that a
 * concurrent change (a disable, a demotion) is not overwritten, and refuses when the password was
 * changed meanwhile: the current password proven is then no longer the current one. The account's
 * address gets a notice, queued with the change.
 */
public final class ChangeOwnPasswordService implements ChangeOwnPasswordUseCase {
    private final UserRepository users;
    private final CallerAccounts callers;
    private final SessionRepository sessions;
    private final SecurityEventLog securityEvents;
    private final NewPasswords newPasswords;
    private final CurrentPasswordCheck currentPasswords;
    private final SecurityNotices notices;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ChangeOwnPasswordService(
            UserRepository users,
            SessionRepository sessions,
            SecurityEventLog securityEvents,
            NewPasswords newPasswords,
            CurrentPasswordCheck currentPasswords,
            SecurityNotices notices,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.users = users;
        this.callers = new CallerAccounts(users);
        this.sessions = sessions;
        this.securityEvents = securityEvents;
        this.newPasswords = newPasswords;
        this.currentPasswords = currentPasswords;
        this.notices = notices;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void changeOwnPassword(ChangeOwnPasswordCommand command) {
        User user = callers.find(command.self());
        currentPasswords.verify(user, command.currentPassword(), command.client());
        var newHash = newPasswords.hashAllowed("newPassword", command.newPassword(), user.email());
        unitOfWork.run(() -> {
            User current = callers.lock(command.self());
            if (!current.passwordHash().equals(user.passwordHash())) {
                throw new InvalidCurrentPasswordException();
            }
            Instant now = clock.instant();
            users.update(current.withPasswordHash(newHash, now));
            int revoked = sessions.revokeAllOf(command.self(), now);
            notices.queue(current.email(), MailTopic.PASSWORD_CHANGED_NOTICE, now);
            securityEvents.record(SecurityEvent.bySelf(
                    SecurityEventType.PASSWORD_CHANGED,
                    now,
                    current.id(),
                    command.client(),
                    Map.of("revokedSessions", String.valueOf(revoked))));
        });
    }
}
