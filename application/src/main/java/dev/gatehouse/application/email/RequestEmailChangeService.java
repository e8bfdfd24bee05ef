package dev.gatehouse.application.email;

import dev.gatehouse.application.email.mailing.EmailTokenMails;
import dev.gatehouse.application.email.mailing.SecurityNotices;
import dev.gatehouse.application.lockout.CurrentPasswordCheck;
import dev.gatehouse.application.user.CallerAccounts;
import dev.gatehouse.domain.common.InvalidInputException;
import dev.gatehouse.domain.email.EmailTokenPurpose;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.mail.MailTopic;
import dev.gatehouse.domain.password.InvalidCurrentPasswordException;
import dev.gatehouse.domain.port.in.email.RequestEmailChangeCommand;
import dev.gatehouse.domain.port.in.email.RequestEmailChangeUseCase;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.EmailAlreadyTakenException;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Asks to move the caller's account to another address: a confirmation link to the new address
 * (an {@code EMAIL_CHANGE} token that speaks for it, superseding earlier ones) and a notice to the
 * current one; the account itself does not change until the link is followed.
 *
 * <p>The new address equal to the current one is refused first: it is the caller's own input and
 * tells nothing. Then the current password is proven (outside the transaction; a wrong one counts
 * towards the lockout, see {@link CurrentPasswordCheck}), and only then is the new address looked
 * up, so that a stolen access token is not an oracle of which addresses have accounts. The unit of
 * work locks the account and refuses when the password changed since it was checked. The address
 * taken by the time of the confirmation is refused there, by the store's unique constraint.
 */
public final class RequestEmailChangeService implements RequestEmailChangeUseCase {
    private final UserRepository users;
    private final CallerAccounts callers;
    private final CurrentPasswordCheck currentPasswords;
    private final EmailTokenMails tokenMails;
    private final SecurityNotices notices;
    private final SecurityEventLog securityEvents;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RequestEmailChangeService(
            UserRepository users,
            CurrentPasswordCheck currentPasswords,
            EmailTokenMails tokenMails,
            SecurityNotices notices,
            SecurityEventLog securityEvents,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.users = users;
        this.callers = new CallerAccounts(users);
        this.currentPasswords = currentPasswords;
        this.tokenMails = tokenMails;
        this.notices = notices;
        this.securityEvents = securityEvents;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void requestEmailChange(RequestEmailChangeCommand command) {
        User user = callers.find(command.self());
        if (command.newEmail().equals(user.email())) {
            throw new InvalidInputException("newEmail", "is the account's current email");
        }
        currentPasswords.verify(user, command.currentPassword(), command.client());
        if (users.findByEmail(command.newEmail()).isPresent()) {
            throw new EmailAlreadyTakenException();
        }
        unitOfWork.run(() -> {
            User current = callers.lock(command.self());
            if (!current.passwordHash().equals(user.passwordHash())) {
                throw new InvalidCurrentPasswordException();
            }
            Instant now = clock.instant();
            tokenMails.send(current.id(), EmailTokenPurpose.EMAIL_CHANGE, command.newEmail(), now);
            notices.queue(current.email(), MailTopic.EMAIL_CHANGE_REQUESTED_NOTICE, now);
            securityEvents.record(SecurityEvent.bySelf(
                    SecurityEventType.EMAIL_CHANGE_REQUESTED,
                    now,
                    current.id(),
                    command.client(),
                    Map.of("newEmail", command.newEmail().value())));
        });
    }
}
