package dev.gatehouse.domain.port.in.admin;

import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserNotFoundException;

public interface GetUserUseCase {
    /** @throws UserNotFoundException */
    User getUser(GetUserQuery query);
}
