package dev.gatehouse.application.auth;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.port.in.auth.LogOutCommand;
import dev.gatehouse.domain.port.in.auth.LogOutUseCase;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.session.LockedRefreshToken;
import dev.gatehouse.domain.session.RefreshToken;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Revokes the session of a refresh token, spent or not. Unknown tokens are no error: logging out
 * is idempotent, and only a session that was live when asked is recorded as logged out.
 */
public final class LogOutService implements LogOutUseCase {
    private final SessionRepository sessions;
    private final SecurityEventLog securityEvents;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public LogOutService(
            SessionRepository sessions, SecurityEventLog securityEvents, UnitOfWork unitOfWork, Clock clock) {
        this.sessions = sessions;
        this.securityEvents = securityEvents;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void logOut(LogOutCommand command) {
        RefreshToken refreshToken = command.refreshToken();
        ClientInfo client = command.client();
        Instant now = clock.instant();
        // The account first, as its delete locks it before cascading to sessions and tokens: a
        // logout racing the delete waits for it and then finds nothing to end (no deadlock).
        unitOfWork.run(() -> sessions.lockAccountOfRefreshToken(refreshToken.hash())
                .flatMap(account -> sessions.lockRefreshToken(refreshToken.hash()))
                .map(LockedRefreshToken::session)
                .filter(session -> session.liveAt(now))
                .ifPresent(session -> {
                    sessions.revoke(session.id(), now);
                    securityEvents.record(SecurityEvent.bySelf(
                            SecurityEventType.LOGGED_OUT,
                            now,
                            session.userId(),
                            client,
                            Map.of("sessionId", session.id().toString())));
                }));
    }
}
