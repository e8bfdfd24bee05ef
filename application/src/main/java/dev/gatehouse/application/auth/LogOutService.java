package dev.gatehouse.application.auth;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.auth.RefreshToken;
import dev.gatehouse.domain.port.in.LogOutUseCase;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UnitOfWork;
import java.time.Clock;

/** Revokes the session of a refresh token, spent or not. Unknown tokens are no error: logging out is idempotent. */
public final class LogOutService implements LogOutUseCase {
    private final SessionRepository sessions;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public LogOutService(SessionRepository sessions, UnitOfWork unitOfWork, Clock clock) {
        this.sessions = sessions;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void logOut(RefreshToken refreshToken, ClientInfo client) {
        unitOfWork.run(() -> sessions.lockRefreshToken(refreshToken.hash())
                .ifPresent(token -> sessions.revoke(token.sessionId(), clock.instant())));
    }
}
