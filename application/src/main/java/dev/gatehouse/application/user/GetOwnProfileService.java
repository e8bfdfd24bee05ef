package dev.gatehouse.application.user;

import dev.gatehouse.domain.port.in.GetOwnProfileUseCase;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import dev.gatehouse.domain.user.UserNotFoundException;

public final class GetOwnProfileService implements GetOwnProfileUseCase {
    private final UserRepository users;

    public GetOwnProfileService(UserRepository users) {
        this.users = users;
    }

    @Override
    public User getOwnProfile(UserId self) {
        return users.findById(self).orElseThrow(() -> new UserNotFoundException(self));
    }
}
