package dev.gatehouse.domain.port.in.admin;

import dev.gatehouse.domain.common.ResultPage;
import dev.gatehouse.domain.user.User;

public interface ListUsersUseCase {
    /** Newest first. */
    ResultPage<User> listUsers(ListUsersQuery query);
}
