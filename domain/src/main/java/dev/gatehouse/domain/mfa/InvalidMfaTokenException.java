package dev.gatehouse.domain.mfa;

import dev.gatehouse.domain.common.DomainException;

/**
 * The mfa token of a login's second step is unknown, expired, spent or exhausted (too many wrong
 * codes), or its account may not sign in any more: the same answer for each, so that none can be
 * told apart. The user logs in again with the password.
 */
public class InvalidMfaTokenException extends DomainException {
    public InvalidMfaTokenException() {
        super("The mfa token is not valid; log in again");
    }
}
