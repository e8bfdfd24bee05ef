package dev.gatehouse.domain.password;

import dev.gatehouse.domain.common.DomainException;
import java.time.Duration;

/**
 * Every password-hashing worker stayed busy for as long as a caller may wait: the request is
 * refused before anything was checked or changed, and may be repeated after {@link #retryAfter()}.
 * This is how a login flood is kept from starving every other kind of request.
 */
public class PasswordHashingBusyException extends DomainException {
    private final Duration retryAfter;

    public PasswordHashingBusyException(Duration retryAfter) {
        super("Password hashing is at capacity; try again shortly");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
