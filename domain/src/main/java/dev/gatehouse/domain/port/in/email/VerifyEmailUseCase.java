package dev.gatehouse.domain.port.in.email;

/** Marks the account's address verified with the token mailed to it. */
public interface VerifyEmailUseCase {
    /** @throws dev.gatehouse.domain.email.InvalidEmailTokenException for a token that is not usable */
    void verifyEmail(VerifyEmailCommand command);
}
