package dev.gatehouse.domain.port.in;

import dev.gatehouse.domain.auth.Session;
import dev.gatehouse.domain.user.UserId;
import java.util.List;

public interface ListOwnSessionsUseCase {
    /** The caller's live sessions, newest first. */
    List<Session> listOwnSessions(UserId self);
}
