package dev.gatehouse.domain.port.in.auth;

import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** The account a verified access token names ({@code sub}) and when the token was issued ({@code iat}). */
public record CheckAccessTokenStandingQuery(UserId subject, Instant issuedAt) {
    public CheckAccessTokenStandingQuery {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
