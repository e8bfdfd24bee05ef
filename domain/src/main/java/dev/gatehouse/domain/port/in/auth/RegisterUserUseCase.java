package dev.gatehouse.domain.port.in.auth;

import dev.gatehouse.domain.user.UserView;

/** Self-registration of a new USER account. */
public interface RegisterUserUseCase {
    UserView register(RegisterUserCommand command);
}
