package dev.gatehouse.domain.email;

import dev.gatehouse.domain.common.DomainException;
import java.util.Objects;

/**
 * A mailed token is unknown, expired, spent, superseded by a newer one, of another purpose, or no
 * longer fits its account (the address it speaks for changed; the account was disabled): the same
 * answer for each, so that none can be told apart.
 */
public class InvalidEmailTokenException extends DomainException {
    private final EmailTokenPurpose purpose;

    public InvalidEmailTokenException(EmailTokenPurpose purpose) {
        super("The " + purpose + " token is not valid");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
    }

    /** What the token was presented for: each purpose has its own problem type. */
    public EmailTokenPurpose purpose() {
        return purpose;
    }
}
