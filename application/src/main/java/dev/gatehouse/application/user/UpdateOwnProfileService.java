package dev.gatehouse.application.user;

import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.port.in.user.UpdateOwnProfileCommand;
import dev.gatehouse.domain.port.in.user.UpdateOwnProfileUseCase;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserView;
import java.time.Clock;
import java.util.Map;

public final class UpdateOwnProfileService implements UpdateOwnProfileUseCase {
    private final UserRepository users;
    private final CallerAccounts callers;
    private final UserViews views;
    private final SecurityEventLog securityEvents;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public UpdateOwnProfileService(
            UserRepository users,
            MfaEnrolmentStore mfaEnrolments,
            SecurityEventLog securityEvents,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.users = users;
        this.callers = new CallerAccounts(users);
        this.views = new UserViews(mfaEnrolments);
        this.securityEvents = securityEvents;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public UserView updateOwnProfile(UpdateOwnProfileCommand command) {
        return unitOfWork.inTransaction(() -> {
            // Locked: the whole row is written back, so a concurrent disable, demotion or password
            // change must be read, not overwritten with what was read before it.
            User user = callers.lock(command.self());
            if (!command.displayName().present()) {
                return views.of(user);
            }
            User updated = user.withDisplayName(command.displayName().value(), clock.instant());
            users.update(updated);
            securityEvents.record(SecurityEvent.bySelf(
                    SecurityEventType.USER_UPDATED,
                    updated.updatedAt(),
                    user.id(),
                    command.client(),
                    Map.of("changed", "displayName")));
            return views.of(updated);
        });
    }
}
