package dev.gatehouse.domain.port.in.admin;

import dev.gatehouse.domain.user.UserView;

/** An administrator opens an account for someone, with any roles. */
public interface CreateUserUseCase {
    UserView createUser(CreateUserCommand command);
}
