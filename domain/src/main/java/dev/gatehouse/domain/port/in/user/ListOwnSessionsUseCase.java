package dev.gatehouse.domain.port.in.user;

import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.user.UserId;
import java.util.List;

public interface ListOwnSessionsUseCase {
    /** The caller's live sessions, newest first. */
    List<Session> listOwnSessions(UserId self);
}
