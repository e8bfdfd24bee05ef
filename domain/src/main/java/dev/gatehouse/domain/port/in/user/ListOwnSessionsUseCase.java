package dev.gatehouse.domain.port.in.user;

import dev.gatehouse.domain.session.Session;
import java.util.List;

public interface ListOwnSessionsUseCase {
    /** The caller's live sessions, newest first. */
    List<Session> listOwnSessions(ListOwnSessionsQuery query);
}
