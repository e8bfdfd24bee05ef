package dev.gatehouse.domain.port.in.user;

import dev.gatehouse.domain.user.User;

public interface UpdateOwnProfileUseCase {
    User updateOwnProfile(UpdateOwnProfileCommand command);
}
