package dev.gatehouse.domain.key;

import dev.gatehouse.domain.common.DomainException;

/** The deployment manages its signing key itself (a configured PEM): the service cannot rotate it. */
public class SigningKeyRotationUnavailableException extends DomainException {
    public SigningKeyRotationUnavailableException() {
        super("The signing key comes from a configured PEM; the service cannot rotate it");
    }
}
