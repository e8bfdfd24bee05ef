package dev.gatehouse.domain.token;

import java.time.Duration;
import java.util.Objects;

/**
 * How long each credential lives: access tokens briefly (they are accepted on their signature and
 * their account's standing, never looked up one by one), refresh tokens longer (each use slides
 * them), a session at most its absolute limit.
 */
public record TokenLifetimes(Duration accessToken, Duration refreshToken, Duration session) {
    public TokenLifetimes {
        requirePositive(accessToken, "accessToken");
        requirePositive(refreshToken, "refreshToken");
        requirePositive(session, "session");
    }

    /**
     * How long after it was signed an access token can still be accepted: its lifetime plus the
     * verifier's clock skew. A retired signing key is needed for exactly this long after its
     * retirement, and not at all afterwards.
     */
    public Duration accessTokenAcceptedFor(ClockSkew verifierClockSkew) {
        return accessToken.plus(verifierClockSkew.value());
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " lifetime must be positive");
        }
    }
}
