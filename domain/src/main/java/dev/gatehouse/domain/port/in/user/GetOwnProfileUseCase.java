package dev.gatehouse.domain.port.in.user;

import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;

public interface GetOwnProfileUseCase {
    User getOwnProfile(UserId self);
}
