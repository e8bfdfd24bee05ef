package dev.gatehouse.domain.user;

import dev.gatehouse.domain.common.DomainException;

public class LastEnabledAdminException extends DomainException {
    public LastEnabledAdminException() {
        super("Refused: no enabled ADMIN would be left");
    }
}
