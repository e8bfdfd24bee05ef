package dev.gatehouse.domain.user;

import dev.gatehouse.domain.common.DomainException;

public class EmailAlreadyTakenException extends DomainException {
    public EmailAlreadyTakenException() {
        super("The email belongs to an account already");
    }
}
