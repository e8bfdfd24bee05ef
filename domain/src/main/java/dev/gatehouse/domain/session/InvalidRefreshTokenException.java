package dev.gatehouse.domain.session;

import dev.gatehouse.domain.common.DomainException;

/** Refresh refused: unknown, expired, revoked or spent token. Says nothing of which. */
public class InvalidRefreshTokenException extends DomainException {
    public InvalidRefreshTokenException() {
        super("Refresh refused");
    }
}
