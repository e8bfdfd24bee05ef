package dev.gatehouse.application.user;

import dev.gatehouse.domain.port.in.user.ListOwnSessionsQuery;
import dev.gatehouse.domain.port.in.user.ListOwnSessionsUseCase;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.user.UserId;
import java.time.Clock;
import java.util.List;

public final class ListOwnSessionsService implements ListOwnSessionsUseCase {
    private final CallerAccounts callers;
    private final SessionRepository sessions;
    private final Clock clock;

    public ListOwnSessionsService(UserRepository users, SessionRepository sessions, Clock clock) {
        this.callers = new CallerAccounts(users);
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public List<Session> listOwnSessions(ListOwnSessionsQuery query) {
        UserId self = query.self();
        // A deleted account has no sessions left, but an empty list would tell its token it is fine.
        callers.find(self);
        return sessions.findLive(self, clock.instant());
    }
}
