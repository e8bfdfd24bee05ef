package dev.gatehouse.domain.port.in.email;

/**
 * Sets a new password with a reset token: every session of the account ends, earlier access
 * tokens die, its lockout is cleared and a notice is mailed. MFA, when on, is still asked at the
 * next login.
 */
public interface ConfirmPasswordResetUseCase {
    /**
     * @throws dev.gatehouse.domain.email.InvalidEmailTokenException for an unknown, expired, spent
     *     or superseded token
     * @throws dev.gatehouse.domain.common.InvalidInputException when the password breaks the policy;
     *     the token stays usable
     */
    void confirmPasswordReset(ConfirmPasswordResetCommand command);
}
