package dev.gatehouse.adapter.in.rest.security;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.token.AccessTokenFormat;
import dev.gatehouse.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling a protected endpoint, as a controller method takes it (see
 * {@link CallerArgumentResolver}): the account the access token names ({@code sub}), where the
 * request came from, and the session the token belongs to ({@code sid}), when it names one.
 */
public record Caller(UserId id, ClientInfo client, Optional<SessionId> session) {
    public Caller {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(session, "session");
    }

    static Caller of(Jwt accessToken, ClientInfo client) {
        return new Caller(subjectOf(accessToken), client, sessionOf(accessToken));
    }

    /** The decoder has already refused tokens whose subject is not a UUID. */
    static UserId subjectOf(Jwt accessToken) {
        return new UserId(UUID.fromString(accessToken.getSubject()));
    }

    /** Tokens name their session in {@code sid}; one without (or with no UUID there) belongs to none we know. */
    private static Optional<SessionId> sessionOf(Jwt accessToken) {
        String sid = accessToken.getClaimAsString(AccessTokenFormat.SESSION_CLAIM);
        if (sid == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SessionId(UUID.fromString(sid)));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
