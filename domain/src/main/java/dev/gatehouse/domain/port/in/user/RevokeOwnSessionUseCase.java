package dev.gatehouse.domain.port.in.user;

import dev.gatehouse.domain.session.SessionNotFoundException;

public interface RevokeOwnSessionUseCase {
    /** @throws SessionNotFoundException when the session is not one of the caller's */
    void revokeOwnSession(RevokeOwnSessionCommand command);
}
