package dev.gatehouse.application.admin;

import dev.gatehouse.application.user.UserViews;
import dev.gatehouse.domain.common.ResultPage;
import dev.gatehouse.domain.port.in.admin.ListUsersQuery;
import dev.gatehouse.domain.port.in.admin.ListUsersUseCase;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.UserView;

public final class ListUsersService implements ListUsersUseCase {
    private final UserRepository users;
    private final UserViews views;

    public ListUsersService(UserRepository users, MfaEnrolmentStore mfaEnrolments) {
        this.users = users;
        this.views = new UserViews(mfaEnrolments);
    }

    @Override
    public ResultPage<UserView> listUsers(ListUsersQuery query) {
        return views.of(users.search(query.emailContains(), query.role(), query.pageRequest()));
    }
}
