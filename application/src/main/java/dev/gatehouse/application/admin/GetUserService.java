package dev.gatehouse.application.admin;

import dev.gatehouse.domain.port.in.admin.GetUserQuery;
import dev.gatehouse.domain.port.in.admin.GetUserUseCase;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import dev.gatehouse.domain.user.UserNotFoundException;

public final class GetUserService implements GetUserUseCase {
    private final UserRepository users;

    public GetUserService(UserRepository users) {
        this.users = users;
    }

    @Override
    public User getUser(GetUserQuery query) {
        UserId id = query.id();
        return users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
    }
}
