package dev.gatehouse.domain.port.in.admin;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.user.UserId;
import dev.gatehouse.domain.user.UserNotFoundException;

public interface DeleteUserUseCase {
    /** @throws UserNotFoundException @throws LastEnabledAdminException */
    void deleteUser(UserId actor, UserId target, ClientInfo client);
}
