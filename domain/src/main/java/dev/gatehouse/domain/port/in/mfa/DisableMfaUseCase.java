package dev.gatehouse.domain.port.in.mfa;

import dev.gatehouse.domain.mfa.InvalidMfaCodeException;
import dev.gatehouse.domain.mfa.MfaNotEnabledException;
import dev.gatehouse.domain.mfa.MfaRequiredForAdminsException;
import dev.gatehouse.domain.password.InvalidCurrentPasswordException;

public interface DisableMfaUseCase {
    /**
     * Switches the caller's MFA off; ends every session and earlier access token of the account.
     *
     * @throws InvalidCurrentPasswordException when {@code currentPassword} does not match
     * @throws InvalidMfaCodeException when {@code code} is neither an unused TOTP code nor an unused recovery code
     * @throws MfaNotEnabledException when the account's MFA is off
     * @throws MfaRequiredForAdminsException for an ADMIN while MFA is required for admins
     */
    void disableMfa(DisableMfaCommand command);
}
