package dev.gatehouse.domain.mfa;

import dev.gatehouse.domain.common.DomainException;

/** The account's MFA is already enabled: a new setup would replace a secret in use. */
public class MfaAlreadyEnabledException extends DomainException {
    public MfaAlreadyEnabledException() {
        super("The account's MFA is already enabled");
    }
}
