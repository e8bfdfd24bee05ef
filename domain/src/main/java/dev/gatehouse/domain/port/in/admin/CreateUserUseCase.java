package dev.gatehouse.domain.port.in.admin;

import dev.gatehouse.domain.user.User;

/** An administrator opens an account for someone, with any roles. */
public interface CreateUserUseCase {
    User createUser(CreateUserCommand command);
}
