package dev.gatehouse.domain.port.in.email;

import dev.gatehouse.domain.user.UserView;

/**
 * Switches the account to the address the token was mailed to, verified; earlier access tokens die
 * (their {@code email} claim is stale), sessions stay, and the old address gets a notice.
 */
public interface ConfirmEmailChangeUseCase {
    /**
     * @throws dev.gatehouse.domain.email.InvalidEmailTokenException for a token that is not usable
     * @throws dev.gatehouse.domain.user.EmailAlreadyTakenException when the address was taken
     *     meanwhile (decided by the store's unique constraint)
     */
    UserView confirmEmailChange(ConfirmEmailChangeCommand command);
}
