package dev.gatehouse.domain.port.in;

import dev.gatehouse.domain.user.User;

/** An administrator opens an account for someone, with any roles. */
public interface CreateUserUseCase {
    User createUser(CreateUserCommand command);
}
