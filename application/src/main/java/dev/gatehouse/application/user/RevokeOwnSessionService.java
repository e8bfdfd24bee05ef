package dev.gatehouse.application.user;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.auth.SessionId;
import dev.gatehouse.domain.auth.SessionNotFoundException;
import dev.gatehouse.domain.port.in.RevokeOwnSessionUseCase;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.user.UserId;
import java.time.Clock;

/**
 * Ends one of the caller's sessions (a lost phone, say). Someone else's session is "not found",
 * never "forbidden", so session ids cannot be probed. Revoking an already revoked one of one's own
 * is no error.
 */
public final class RevokeOwnSessionService implements RevokeOwnSessionUseCase {
    private final SessionRepository sessions;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RevokeOwnSessionService(SessionRepository sessions, UnitOfWork unitOfWork, Clock clock) {
        this.sessions = sessions;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void revokeOwnSession(UserId self, SessionId sessionId, ClientInfo client) {
        unitOfWork.run(() -> {
            sessions.findById(sessionId).filter(session -> session.userId().equals(self))
                    .orElseThrow(() -> new SessionNotFoundException(sessionId));
            sessions.revoke(sessionId, clock.instant());
        });
    }
}
