package dev.gatehouse.domain.port.in.email;

/**
 * After proving the current password, mails a confirmation link to the new address and a notice to
 * the current one; nothing about the account changes until the link is followed.
 */
public interface RequestEmailChangeUseCase {
    /**
     * @throws dev.gatehouse.domain.password.InvalidCurrentPasswordException when the password does not match
     * @throws dev.gatehouse.domain.user.EmailAlreadyTakenException when another account has the new address
     */
    void requestEmailChange(RequestEmailChangeCommand command);
}
