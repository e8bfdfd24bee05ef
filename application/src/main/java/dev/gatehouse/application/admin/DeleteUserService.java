package dev.gatehouse.application.admin;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.port.in.admin.DeleteUserCommand;
import dev.gatehouse.domain.port.in.admin.DeleteUserUseCase;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Clock;
import java.util.Map;

/**
 * Deletes an account (its sessions go with it), unless it is the last enabled ADMIN. The audit
 * event keeps the email, since the account it names is gone.
 */
public final class DeleteUserService implements DeleteUserUseCase {
    private final UserRepository users;
    private final LastEnabledAdminGuard lastAdminGuard;
    private final SecurityEventLog securityEvents;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public DeleteUserService(
            UserRepository users, SecurityEventLog securityEvents, UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.lastAdminGuard = new LastEnabledAdminGuard(users);
        this.securityEvents = securityEvents;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void deleteUser(DeleteUserCommand command) {
        UserId actor = command.actor();
        UserId target = command.target();
        ClientInfo client = command.client();
        unitOfWork.run(() -> {
            // Locked (admins first, see LastEnabledAdminGuard): a change or delete racing this one
            // waits, then finds the account gone (404) instead of failing on a row that vanished.
            User user = lastAdminGuard.lockForChange(target, true);
            lastAdminGuard.check(user, null);
            users.delete(target);
            securityEvents.record(SecurityEvent.byAdmin(
                    SecurityEventType.USER_DELETED,
                    clock.instant(),
                    target,
                    actor,
                    client,
                    Map.of("email", user.email().value())));
        });
    }
}
