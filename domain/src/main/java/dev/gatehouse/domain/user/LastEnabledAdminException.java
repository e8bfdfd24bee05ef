package dev.gatehouse.domain.user;

import dev.gatehouse.domain.common.DomainException;

public class LastEnabledAdminException extends DomainException {
    public LastEnabledAdminException() {
        super("This change would leave no enabled ADMIN account");
    }
}
