package dev.gatehouse.domain.auth;

import dev.gatehouse.domain.common.DomainException;

/** Login refused. Deliberately says nothing of why: unknown email, wrong password and disabled look alike. */
public class InvalidCredentialsException extends DomainException {
    public InvalidCredentialsException() {
        super("Login refused");
    }
}
