package dev.gatehouse.application.admin;

import dev.gatehouse.application.user.UserViews;
import dev.gatehouse.domain.port.in.admin.GetUserQuery;
import dev.gatehouse.domain.port.in.admin.GetUserUseCase;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.UserId;
import dev.gatehouse.domain.user.UserNotFoundException;
import dev.gatehouse.domain.user.UserView;

public final class GetUserService implements GetUserUseCase {
    private final UserRepository users;
    private final UserViews views;

    public GetUserService(UserRepository users, MfaEnrolmentStore mfaEnrolments) {
        this.users = users;
        this.views = new UserViews(mfaEnrolments);
    }

    @Override
    public UserView getUser(GetUserQuery query) {
        UserId id = query.id();
        return views.of(users.findById(id).orElseThrow(() -> new UserNotFoundException(id)));
    }
}
