package dev.gatehouse.domain.port.in.mfa;

import dev.gatehouse.domain.mfa.MfaNotEnabledException;
import dev.gatehouse.domain.user.UserNotFoundException;

public interface ResetMfaUseCase {
    /**
     * An administrator switches an account's MFA off (its owner lost both the app and the codes);
     * ends every session and earlier access token of the account.
     *
     * @throws UserNotFoundException when there is no such account
     * @throws MfaNotEnabledException when the account's MFA is off
     */
    void resetMfa(ResetMfaCommand command);
}
