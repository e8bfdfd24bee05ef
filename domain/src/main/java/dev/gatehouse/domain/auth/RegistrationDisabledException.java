package dev.gatehouse.domain.auth;

import dev.gatehouse.domain.common.DomainException;

public class RegistrationDisabledException extends DomainException {
    public RegistrationDisabledException() {
        super("Self-registration is disabled by configuration");
    }
}
