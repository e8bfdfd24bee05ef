package dev.gatehouse.domain.port.in.email;

/**
 * Mails a password-reset link to an enabled account with this address. Answers the same way,
 * after about the same work, whether or not there is such an account, so that nobody learns which
 * addresses have one; at most one such mail per account per 60 seconds.
 */
public interface RequestPasswordResetUseCase {
    void requestPasswordReset(RequestPasswordResetCommand command);
}
