package dev.gatehouse.domain.mfa;

import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The pending second step of a login: the {@code mfaToken} handed out after the right password,
 * known to the store by its hash only. Single use, short-lived, and dead after
 * {@value #MAX_FAILURES} wrong codes.
 *
 * @param failures how many wrong codes were presented with it so far
 */
public record MfaChallenge(String tokenHash, UserId userId, Instant createdAt, Instant expiresAt, int failures) {
    /** Wrong codes an mfa token survives in all: at this many it cannot be used any more. */
    public static final int MAX_FAILURES = 5;
    /** How long an mfa token may be used after the password step that handed it out. */
    public static final Duration LIFETIME = Duration.ofMinutes(5);

    public MfaChallenge {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (failures < 0) {
            throw new IllegalArgumentException("failures must not be negative");
        }
    }
}
