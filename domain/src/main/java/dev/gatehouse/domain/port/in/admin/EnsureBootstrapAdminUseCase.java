package dev.gatehouse.domain.port.in.admin;

/**
 * Creates the deployment's first ADMIN at start-up, once in the deployment's life: not when an
 * account with that email exists (it is left exactly as it is), and never again after it was
 * created once, even when it has been deleted since.
 */
public interface EnsureBootstrapAdminUseCase {

    enum Outcome {
        CREATED,
        /** An account has the email already; it was left unchanged. */
        EMAIL_TAKEN,
        /** The bootstrap admin was created before (perhaps deleted since); configuration is ignored. */
        CREATED_BEFORE
    }

    Outcome ensureBootstrapAdmin(EnsureBootstrapAdminCommand command);
}
