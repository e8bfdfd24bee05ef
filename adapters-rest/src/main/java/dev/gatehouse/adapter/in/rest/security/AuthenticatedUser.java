package dev.gatehouse.adapter.in.rest.security;

import dev.gatehouse.domain.user.UserId;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who is calling: the account named by the access token's {@code sub}. */
public final class AuthenticatedUser {

    private AuthenticatedUser() {}

    /** The decoder has already refused tokens whose subject is not a UUID. */
    public static UserId idOf(Jwt accessToken) {
        return new UserId(UUID.fromString(accessToken.getSubject()));
    }
}
