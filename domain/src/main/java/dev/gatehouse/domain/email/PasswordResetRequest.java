package dev.gatehouse.domain.email;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.user.Email;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A request for a password-reset link as the request endpoint queued it, to be answered off the
 * request (see {@link dev.gatehouse.domain.port.out.PasswordResetRequestQueue}).
 *
 * @param attempts how many earlier attempts to answer it failed
 */
public record PasswordResetRequest(UUID id, Email email, ClientInfo client, Instant requestedAt, int attempts) {
    public PasswordResetRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(requestedAt, "requestedAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
    }
}
