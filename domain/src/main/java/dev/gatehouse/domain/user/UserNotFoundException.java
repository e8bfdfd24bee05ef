package dev.gatehouse.domain.user;

import dev.gatehouse.domain.common.DomainException;

public class UserNotFoundException extends DomainException {
    public UserNotFoundException(UserId id) {
        super("No user with id " + id);
    }

    public UserNotFoundException(Email email) {
        super("No user with email " + email.value());
    }
}
