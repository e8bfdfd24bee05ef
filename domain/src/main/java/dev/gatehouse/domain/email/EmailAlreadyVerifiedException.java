package dev.gatehouse.domain.email;

import dev.gatehouse.domain.common.DomainException;

/** A new verification mail was asked for an account whose address is verified already. */
public class EmailAlreadyVerifiedException extends DomainException {
    public EmailAlreadyVerifiedException() {
        super("The account's email is verified already");
    }
}
