package dev.gatehouse.application.user;

import dev.gatehouse.domain.port.in.UpdateOwnProfileCommand;
import dev.gatehouse.domain.port.in.UpdateOwnProfileUseCase;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserNotFoundException;
import java.time.Clock;

public final class UpdateOwnProfileService implements UpdateOwnProfileUseCase {
    private final UserRepository users;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public UpdateOwnProfileService(UserRepository users, UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public User updateOwnProfile(UpdateOwnProfileCommand command) {
        return unitOfWork.inTransaction(() -> {
            User user = users.findById(command.self()).orElseThrow(() -> new UserNotFoundException(command.self()));
            if (!command.displayName().present()) {
                return user;
            }
            User updated = user.withDisplayName(command.displayName().value(), clock.instant());
            users.update(updated);
            return updated;
        });
    }
}
