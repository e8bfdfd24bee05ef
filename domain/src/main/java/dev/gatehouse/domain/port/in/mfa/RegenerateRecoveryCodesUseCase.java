package dev.gatehouse.domain.port.in.mfa;

import dev.gatehouse.domain.mfa.InvalidMfaCodeException;
import dev.gatehouse.domain.mfa.MfaNotEnabledException;
import java.util.List;

public interface RegenerateRecoveryCodesUseCase {
    /**
     * Replaces the account's recovery codes with a new set; the old codes stop working.
     *
     * @return the new codes, as shown this once
     * @throws InvalidMfaCodeException when {@code code} is not an unused TOTP code of the account now
     * @throws MfaNotEnabledException when the account's MFA is off
     */
    List<String> regenerateRecoveryCodes(RegenerateRecoveryCodesCommand command);
}
