package dev.gatehouse.domain.port.in.admin;

import dev.gatehouse.domain.user.UserNotFoundException;

public interface DeleteUserUseCase {
    /** @throws UserNotFoundException @throws LastEnabledAdminException */
    void deleteUser(DeleteUserCommand command);
}
