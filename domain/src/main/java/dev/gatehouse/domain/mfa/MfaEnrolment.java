package dev.gatehouse.domain.mfa;

import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * An account's TOTP enrolment as stored: pending from setup until a first code confirms it, then
 * enabled.
 *
 * @param createdAt when the secret was set up (a new setup replaces a pending one, and its time)
 * @param enabledAt when a first code confirmed it; {@code null} while pending
 * @param lastUsedStep the last TOTP time step accepted for the account (the confirming one first);
 *     empty while pending. A code of this step or an earlier one is refused.
 */
public record MfaEnrolment(
        UserId userId, SealedSecret secret, Instant createdAt, Instant enabledAt, OptionalLong lastUsedStep) {
    public MfaEnrolment {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsedStep, "lastUsedStep");
        if (enabledAt == null && lastUsedStep.isPresent()) {
            throw new IllegalArgumentException("A pending enrolment has accepted no code yet");
        }
    }

    public boolean enabled() {
        return enabledAt != null;
    }
}
