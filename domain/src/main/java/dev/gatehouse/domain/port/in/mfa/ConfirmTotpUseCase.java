package dev.gatehouse.domain.port.in.mfa;

import dev.gatehouse.domain.mfa.InvalidMfaCodeException;
import dev.gatehouse.domain.mfa.MfaSetupNotStartedException;
import java.util.List;

public interface ConfirmTotpUseCase {
    /**
     * Switches MFA on with the pending secret a first code proves the app holds; ends every
     * session and earlier access token of the account.
     *
     * @return the first set of recovery codes, as shown this once
     * @throws InvalidMfaCodeException when {@code code} is not a code of the pending secret now
     * @throws MfaSetupNotStartedException when no setup is pending (none started, or MFA already on)
     */
    List<String> confirmTotp(ConfirmTotpCommand command);
}
