package dev.gatehouse.domain.port.in.user;

import dev.gatehouse.domain.password.InvalidCurrentPasswordException;

public interface ChangeOwnPasswordUseCase {
    /** @throws InvalidCurrentPasswordException when {@code currentPassword} does not match */
    void changeOwnPassword(ChangeOwnPasswordCommand command);
}
