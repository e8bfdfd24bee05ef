package dev.gatehouse.application.admin;

import dev.gatehouse.domain.port.in.UpdateUserCommand;
import dev.gatehouse.domain.port.in.UpdateUserUseCase;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserNotFoundException;
import java.time.Clock;
import java.time.Instant;

/**
 * Applies an administrator's partial update, refusing one that would leave no enabled ADMIN.
 * Disabling an account ends its sessions; disabling it or changing its roles also ends its access
 * tokens (the account's token cut-off moves, see {@link User#withRoles}).
 */
public final class UpdateUserService implements UpdateUserUseCase {
    private final UserRepository users;
    private final SessionRepository sessions;
    private final LastEnabledAdminGuard lastAdminGuard;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public UpdateUserService(UserRepository users, SessionRepository sessions, UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.lastAdminGuard = new LastEnabledAdminGuard(users);
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public User updateUser(UpdateUserCommand command) {
        return unitOfWork.inTransaction(() -> {
            Instant now = clock.instant();
            User before = users.findById(command.target()).orElseThrow(() -> new UserNotFoundException(command.target()));
            User after = applyChanges(before, command, now);
            if (after.equals(before)) {
                return before;
            }
            lastAdminGuard.check(before, after);
            users.update(after);
            if (before.enabled() && !after.enabled()) {
                sessions.revokeAllOf(after.id(), now);
            }
            return after;
        });
    }

    private static User applyChanges(User user, UpdateUserCommand command, Instant now) {
        User changed = user;
        if (command.displayName().present()
                && !command.displayName().value().equals(user.displayName().orElse(null))) {
            changed = changed.withDisplayName(command.displayName().value(), now);
        }
        if (command.roles().present()) {
            User withRoles = changed.withRoles(command.roles().value(), now);
            if (!withRoles.roles().equals(user.roles())) {
                changed = withRoles;
            }
        }
        if (command.enabled().present() && command.enabled().value() != user.enabled()) {
            changed = changed.withEnabled(command.enabled().value(), now);
        }
        return changed;
    }
}
