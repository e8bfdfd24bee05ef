package dev.gatehouse.domain.port.in.admin;

import dev.gatehouse.domain.user.UserNotFoundException;
import dev.gatehouse.domain.user.UserView;

/** An administrator changes an account's display name, roles or standing. */
public interface UpdateUserUseCase {
    /** @throws UserNotFoundException @throws LastEnabledAdminException */
    UserView updateUser(UpdateUserCommand command);
}
