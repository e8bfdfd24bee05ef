package dev.gatehouse.domain.port.in;

import dev.gatehouse.domain.auth.Password;
import dev.gatehouse.domain.user.Email;

/**
 * Creates the deployment's first ADMIN at start-up unless an account with that email exists.
 * Idempotent: an existing account is left exactly as it is.
 */
public interface EnsureBootstrapAdminUseCase {
    /** @return whether an account was created */
    boolean ensureBootstrapAdmin(Email email, Password password);
}
