package dev.gatehouse.domain.port.in;

import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;

public interface GetOwnProfileUseCase {
    User getOwnProfile(UserId self);
}
