package dev.gatehouse.application.email;

import dev.gatehouse.application.email.mailing.SecurityNotices;
import dev.gatehouse.application.user.UserViews;
import dev.gatehouse.domain.email.EmailTokenGrant;
import dev.gatehouse.domain.email.EmailTokenPurpose;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.mail.MailTopic;
import dev.gatehouse.domain.port.in.email.ConfirmEmailChangeCommand;
import dev.gatehouse.domain.port.in.email.ConfirmEmailChangeUseCase;
import dev.gatehouse.domain.port.out.EmailTokenStore;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserView;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Switches the account to the address the token was mailed to, in one unit of work: the token is
 * spent, the account locked (gone or disabled: the token is refused), the address replaced and
 * marked verified (access tokens issued before die: their {@code email} claim is stale), a notice
 * queued to the old address. Sessions stay. When another account took the address meanwhile, the
 * store's unique constraint refuses the update and everything rolls back, the spend included.
 */
public final class ConfirmEmailChangeService implements ConfirmEmailChangeUseCase {
    private final UserRepository users;
    private final SpendableTokens tokens;
    private final UserViews views;
    private final SecurityNotices notices;
    private final SecurityEventLog securityEvents;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ConfirmEmailChangeService(
            UserRepository users,
            EmailTokenStore emailTokens,
            MfaEnrolmentStore mfaEnrolments,
            SecurityNotices notices,
            SecurityEventLog securityEvents,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.users = users;
        this.tokens = new SpendableTokens(emailTokens, users);
        this.views = new UserViews(mfaEnrolments);
        this.notices = notices;
        this.securityEvents = securityEvents;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public UserView confirmEmailChange(ConfirmEmailChangeCommand command) {
        return unitOfWork.inTransaction(() -> {
            EmailTokenGrant grant = tokens.spend(command.token(), EmailTokenPurpose.EMAIL_CHANGE, clock.instant());
            User before = tokens.lockAccount(grant, User::enabled);
            // Read once the account is locked: the token cut-off must come after every refresh that
            // committed while this change waited, or the tokens those issued would keep the old email.
            Instant now = clock.instant();
            User changed = before.withEmail(grant.email(), now);
            users.update(changed);
            notices.queue(before.email(), MailTopic.EMAIL_CHANGED_NOTICE, now);
            securityEvents.record(SecurityEvent.bySelf(
                    SecurityEventType.EMAIL_CHANGED,
                    now,
                    changed.id(),
                    command.client(),
                    Map.of(
                            "oldEmail",
                            before.email().value(),
                            "newEmail",
                            changed.email().value())));
            return views.of(changed);
        });
    }
}
