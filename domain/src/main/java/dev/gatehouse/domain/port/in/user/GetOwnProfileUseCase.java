package dev.gatehouse.domain.port.in.user;

import dev.gatehouse.domain.user.User;

public interface GetOwnProfileUseCase {
    User getOwnProfile(GetOwnProfileQuery query);
}
