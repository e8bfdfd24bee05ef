package dev.gatehouse.domain.port.in.user;

import dev.gatehouse.domain.user.UserView;

public interface GetOwnProfileUseCase {
    UserView getOwnProfile(GetOwnProfileQuery query);
}
