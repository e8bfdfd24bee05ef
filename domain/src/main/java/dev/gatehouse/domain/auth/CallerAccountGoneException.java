package dev.gatehouse.domain.auth;

import dev.gatehouse.domain.common.DomainException;

/**
 * The account an access token speaks for no longer exists (it was deleted after the token was
 * issued). The token is then worth nothing, like any other invalid token: this is not the "no such
 * user" an administrator gets for a lookup, since the caller asked about no one but themselves.
 */
public class CallerAccountGoneException extends DomainException {
    public CallerAccountGoneException() {
        super("The caller's account no longer exists");
    }
}
