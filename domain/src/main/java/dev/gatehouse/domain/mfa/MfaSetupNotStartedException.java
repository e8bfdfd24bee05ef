package dev.gatehouse.domain.mfa;

import dev.gatehouse.domain.common.DomainException;

/** No pending TOTP setup to confirm (none was started, or MFA is already on). */
public class MfaSetupNotStartedException extends DomainException {
    public MfaSetupNotStartedException() {
        super("No pending TOTP setup to confirm");
    }
}
