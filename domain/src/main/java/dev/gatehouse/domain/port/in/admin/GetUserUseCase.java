package dev.gatehouse.domain.port.in.admin;

import dev.gatehouse.domain.user.UserNotFoundException;
import dev.gatehouse.domain.user.UserView;

public interface GetUserUseCase {
    /** @throws UserNotFoundException */
    UserView getUser(GetUserQuery query);
}
