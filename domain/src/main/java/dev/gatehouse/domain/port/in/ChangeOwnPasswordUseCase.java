package dev.gatehouse.domain.port.in;

import dev.gatehouse.domain.auth.InvalidCurrentPasswordException;

public interface ChangeOwnPasswordUseCase {
    /** @throws InvalidCurrentPasswordException when {@code currentPassword} does not match */
    void changeOwnPassword(ChangeOwnPasswordCommand command);
}
