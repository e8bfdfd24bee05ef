package dev.gatehouse.application.admin;

import dev.gatehouse.domain.port.in.DeleteUserUseCase;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import dev.gatehouse.domain.user.UserNotFoundException;

/** Deletes an account (its sessions go with it), unless it is the last enabled ADMIN. */
public final class DeleteUserService implements DeleteUserUseCase {
    private final UserRepository users;
    private final LastEnabledAdminGuard lastAdminGuard;
    private final UnitOfWork unitOfWork;

    public DeleteUserService(UserRepository users, UnitOfWork unitOfWork) {
        this.users = users;
        this.lastAdminGuard = new LastEnabledAdminGuard(users);
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void deleteUser(UserId actor, UserId target) {
        unitOfWork.run(() -> {
            User user = users.findById(target).orElseThrow(() -> new UserNotFoundException(target));
            lastAdminGuard.check(user, null);
            users.delete(target);
        });
    }
}
