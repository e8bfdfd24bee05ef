package dev.gatehouse.domain.mfa;

import dev.gatehouse.domain.common.DomainException;

/** The account's MFA is not enabled, so there is nothing to act on. */
public class MfaNotEnabledException extends DomainException {
    public MfaNotEnabledException() {
        super("The account's MFA is not enabled");
    }
}
