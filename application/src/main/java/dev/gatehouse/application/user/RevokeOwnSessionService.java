package dev.gatehouse.application.user;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.port.in.user.RevokeOwnSessionCommand;
import dev.gatehouse.domain.port.in.user.RevokeOwnSessionUseCase;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.session.SessionNotFoundException;
import dev.gatehouse.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Ends one of the caller's sessions (a lost phone, say). Someone else's session is "not found",
 * never "forbidden", so session ids cannot be probed. Revoking an already revoked one of one's own
 * is no error.
 */
public final class RevokeOwnSessionService implements RevokeOwnSessionUseCase {
    private final CallerAccounts callers;
    private final SessionRepository sessions;
    private final SecurityEventLog securityEvents;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RevokeOwnSessionService(
            UserRepository users,
            SessionRepository sessions,
            SecurityEventLog securityEvents,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.callers = new CallerAccounts(users);
        this.sessions = sessions;
        this.securityEvents = securityEvents;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void revokeOwnSession(RevokeOwnSessionCommand command) {
        UserId self = command.self();
        SessionId sessionId = command.sessionId();
        ClientInfo client = command.client();
        unitOfWork.run(() -> {
            // First: a deleted caller's token gets 401, not the "not found" of a session it cannot see.
            callers.find(self);
            Session session = sessions.findById(sessionId)
                    .filter(s -> s.userId().equals(self))
                    .orElseThrow(() -> new SessionNotFoundException(sessionId));
            Instant now = clock.instant();
            if (session.liveAt(now)) {
                sessions.revoke(sessionId, now);
                securityEvents.record(SecurityEvent.bySelf(
                        SecurityEventType.SESSION_REVOKED,
                        now,
                        self,
                        client,
                        Map.of("sessionId", sessionId.toString())));
            }
        });
    }
}
