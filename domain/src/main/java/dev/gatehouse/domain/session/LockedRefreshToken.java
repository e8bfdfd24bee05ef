package dev.gatehouse.domain.session;

import java.util.Objects;

/**
 * A refresh token together with the session it belongs to, as {@code lockRefreshToken} hands them
 * over: both locked until the unit of work ends, so neither can change under the caller's decision.
 */
public record LockedRefreshToken(StoredRefreshToken token, Session session) {
    public LockedRefreshToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(session, "session");
        if (!token.sessionId().equals(session.id())) {
            throw new IllegalArgumentException(
                    "The refresh token belongs to session " + token.sessionId() + ", not to " + session.id());
        }
    }
}
