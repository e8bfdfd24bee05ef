package dev.gatehouse.domain.port.in.email;

/**
 * Asks for a password-reset link for an address. The request is only queued, in the same single
 * write for every address, and answered soon after off the request
 * ({@link AnswerPasswordResetRequestsUseCase}), so that neither the answer nor the time it takes
 * tells anyone whether the address has an account.
 */
public interface RequestPasswordResetUseCase {
    void requestPasswordReset(RequestPasswordResetCommand command);
}
