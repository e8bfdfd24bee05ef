package dev.gatehouse.domain.port.in.admin;

import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserNotFoundException;

/** An administrator changes an account's display name, roles or standing. */
public interface UpdateUserUseCase {
    /** @throws UserNotFoundException @throws LastEnabledAdminException */
    User updateUser(UpdateUserCommand command);
}
