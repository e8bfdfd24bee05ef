package dev.gatehouse.domain.password;

import dev.gatehouse.domain.common.DomainException;

public class InvalidCurrentPasswordException extends DomainException {
    public InvalidCurrentPasswordException() {
        super("The current password does not match");
    }
}
