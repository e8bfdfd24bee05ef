package dev.gatehouse.domain.mfa;

import dev.gatehouse.domain.common.DomainException;

/** An ADMIN may not switch MFA off while the deployment requires it for admins. */
public class MfaRequiredForAdminsException extends DomainException {
    public MfaRequiredForAdminsException() {
        super("MFA is required for admins");
    }
}
