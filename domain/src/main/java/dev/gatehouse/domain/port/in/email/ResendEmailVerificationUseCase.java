package dev.gatehouse.domain.port.in.email;

/**
 * Mails the caller a new verification link (at most one per 60 seconds; a request within that
 * time is accepted and sends nothing). The new link supersedes earlier ones.
 */
public interface ResendEmailVerificationUseCase {
    /** @throws dev.gatehouse.domain.email.EmailAlreadyVerifiedException when there is nothing to verify */
    void resendEmailVerification(ResendEmailVerificationCommand command);
}
