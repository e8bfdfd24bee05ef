package dev.gatehouse.domain.port.in;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.auth.SessionId;
import dev.gatehouse.domain.auth.SessionNotFoundException;
import dev.gatehouse.domain.user.UserId;

public interface RevokeOwnSessionUseCase {
    /** @throws SessionNotFoundException when the session is not one of the caller's */
    void revokeOwnSession(UserId self, SessionId sessionId, ClientInfo client);
}
