package dev.gatehouse.application.admin;

import dev.gatehouse.domain.common.ResultPage;
import dev.gatehouse.domain.port.in.admin.ListUsersQuery;
import dev.gatehouse.domain.port.in.admin.ListUsersUseCase;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.User;

public final class ListUsersService implements ListUsersUseCase {
    private final UserRepository users;

    public ListUsersService(UserRepository users) {
        this.users = users;
    }

    @Override
    public ResultPage<User> listUsers(ListUsersQuery query) {
        return users.search(query.emailContains(), query.role(), query.pageRequest());
    }
}
