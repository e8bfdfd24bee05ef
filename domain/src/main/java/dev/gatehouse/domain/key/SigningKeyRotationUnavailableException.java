package dev.gatehouse.domain.key;

import dev.gatehouse.domain.common.DomainException;

/** The deployment manages its signing key itself (a configured PEM): the service cannot rotate it. */
public class SigningKeyRotationUnavailableException extends DomainException {
    public SigningKeyRotationUnavailableException() {
        super("The signing key is configured by the deployment (a PEM) and cannot be rotated through the service; "
                + "deploy another PEM instead");
    }
}
