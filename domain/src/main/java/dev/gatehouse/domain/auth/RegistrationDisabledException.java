package dev.gatehouse.domain.auth;

import dev.gatehouse.domain.common.DomainException;

public class RegistrationDisabledException extends DomainException {
    public RegistrationDisabledException() {
        super("Self-registration is switched off; ask an administrator for an account");
    }
}
