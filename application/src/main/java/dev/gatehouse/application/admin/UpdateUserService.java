package dev.gatehouse.application.admin;

import dev.gatehouse.application.user.UserViews;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.port.in.admin.UpdateUserCommand;
import dev.gatehouse.domain.port.in.admin.UpdateUserUseCase;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserView;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Applies an administrator's partial update, refusing one that would leave no enabled ADMIN.
 * Disabling an account ends its sessions; disabling it or changing its roles also ends its access
 * tokens (the account's token cut-off moves, see {@link User#withRoles}). Each kind of change is
 * recorded as its own audit event.
 */
public final class UpdateUserService implements UpdateUserUseCase {
    private final UserRepository users;
    private final SessionRepository sessions;
    private final LastEnabledAdminGuard lastAdminGuard;
    private final UserViews views;
    private final SecurityEventLog securityEvents;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public UpdateUserService(
            UserRepository users,
            SessionRepository sessions,
            MfaEnrolmentStore mfaEnrolments,
            SecurityEventLog securityEvents,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.lastAdminGuard = new LastEnabledAdminGuard(users);
        this.views = new UserViews(mfaEnrolments);
        this.securityEvents = securityEvents;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public UserView updateUser(UpdateUserCommand command) {
        return unitOfWork.inTransaction(() -> {
            User before = lastAdminGuard.lockForChange(command.target(), mayRemoveAnAdmin(command));
            // Read once the locks are held: the token cut-off must come after every refresh that
            // committed while this change waited for them, or the tokens those issued would live on.
            Instant now = clock.instant();
            User after = applyChanges(before, command, now);
            if (after.equals(before)) {
                return views.of(before);
            }
            lastAdminGuard.check(before, after);
            users.update(after);
            if (before.enabled() && !after.enabled()) {
                int revoked = sessions.revokeAllOf(after.id(), now);
                record(
                        SecurityEventType.USER_DISABLED,
                        command,
                        now,
                        Map.of("revokedSessions", String.valueOf(revoked)));
            }
            if (!before.roles().equals(after.roles())) {
                record(
                        SecurityEventType.ROLES_CHANGED,
                        command,
                        now,
                        Map.of("from", AuditDetails.roles(before.roles()), "to", AuditDetails.roles(after.roles())));
            }
            if (!before.displayName().equals(after.displayName())) {
                record(SecurityEventType.USER_UPDATED, command, now, Map.of("changed", "displayName"));
            }
            if (!before.enabled() && after.enabled()) {
                record(SecurityEventType.USER_UPDATED, command, now, Map.of("changed", "enabled"));
            }
            return views.of(after);
        });
    }

    private void record(SecurityEventType type, UpdateUserCommand command, Instant now, Map<String, String> details) {
        securityEvents.record(
                SecurityEvent.byAdmin(type, now, command.target(), command.actor(), command.client(), details));
    }

    private static boolean mayRemoveAnAdmin(UpdateUserCommand command) {
        return command.enabled().present() && !command.enabled().value()
                || command.roles().present() && !command.roles().value().contains(Role.ADMIN);
    }

    private static User applyChanges(User user, UpdateUserCommand command, Instant now) {
        User changed = user;
        // The value may be null: that clears the name.
        if (command.displayName().present()
                && !Objects.equals(
                        command.displayName().value(), user.displayName().orElse(null))) {
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
