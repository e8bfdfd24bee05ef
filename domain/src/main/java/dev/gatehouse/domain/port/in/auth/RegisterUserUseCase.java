package dev.gatehouse.domain.port.in.auth;

import dev.gatehouse.domain.user.User;

/** Self-registration of a new USER account. */
public interface RegisterUserUseCase {
    User register(RegisterUserCommand command);
}
