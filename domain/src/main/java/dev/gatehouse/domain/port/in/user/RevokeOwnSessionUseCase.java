package dev.gatehouse.domain.port.in.user;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.session.SessionNotFoundException;
import dev.gatehouse.domain.user.UserId;

public interface RevokeOwnSessionUseCase {
    /** @throws SessionNotFoundException when the session is not one of the caller's */
    void revokeOwnSession(UserId self, SessionId sessionId, ClientInfo client);
}
