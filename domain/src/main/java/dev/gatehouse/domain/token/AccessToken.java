package dev.gatehouse.domain.token;

import java.time.Instant;
import java.util.Objects;

/** A signed access token (a JWT) and when it stops being accepted. Never printed. */
public record AccessToken(String value, Instant expiresAt) {
    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "AccessToken[redacted, expiresAt=" + expiresAt + "]";
    }
}
