package dev.gatehouse.domain.port.in.mfa;

import dev.gatehouse.domain.mfa.MfaAlreadyEnabledException;
import dev.gatehouse.domain.mfa.TotpSetup;
import dev.gatehouse.domain.password.InvalidCurrentPasswordException;

public interface SetUpTotpUseCase {
    /**
     * Starts (or restarts) a TOTP enrolment: pending until {@link ConfirmTotpUseCase} confirms it.
     *
     * @throws InvalidCurrentPasswordException when {@code currentPassword} does not match
     * @throws MfaAlreadyEnabledException when the account's MFA is on
     */
    TotpSetup setUpTotp(SetUpTotpCommand command);
}
