package dev.gatehouse.domain.port.in.admin;

import dev.gatehouse.domain.common.ResultPage;
import dev.gatehouse.domain.user.UserView;

public interface ListUsersUseCase {
    /** Newest first. */
    ResultPage<UserView> listUsers(ListUsersQuery query);
}
