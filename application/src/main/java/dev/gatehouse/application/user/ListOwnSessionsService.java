package dev.gatehouse.application.user;

import dev.gatehouse.domain.auth.Session;
import dev.gatehouse.domain.port.in.ListOwnSessionsUseCase;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.user.UserId;
import java.time.Clock;
import java.util.List;

public final class ListOwnSessionsService implements ListOwnSessionsUseCase {
    private final SessionRepository sessions;
    private final Clock clock;

    public ListOwnSessionsService(SessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public List<Session> listOwnSessions(UserId self) {
        return sessions.findLive(self, clock.instant());
    }
}
