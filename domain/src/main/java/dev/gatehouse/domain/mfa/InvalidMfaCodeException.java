package dev.gatehouse.domain.mfa;

import dev.gatehouse.domain.common.DomainException;

/** A TOTP or recovery code was wrong, already used, or not well formed. The message never repeats
 * the code. */
public class InvalidMfaCodeException extends DomainException {
    public InvalidMfaCodeException() {
        super("The MFA code is not valid");
    }
}
