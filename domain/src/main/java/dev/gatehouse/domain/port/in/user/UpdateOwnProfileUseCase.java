package dev.gatehouse.domain.port.in.user;

import dev.gatehouse.domain.user.UserView;

public interface UpdateOwnProfileUseCase {
    UserView updateOwnProfile(UpdateOwnProfileCommand command);
}
