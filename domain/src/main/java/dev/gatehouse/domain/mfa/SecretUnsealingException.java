package dev.gatehouse.domain.mfa;

/**
 * A stored secret could not be unsealed: it was altered, sealed with a key this deployment does not
 * have, or is in a form the sealer does not read. A fault of the deployment or of the data, not of
 * the request (no client can cause it), so it is no {@code DomainException}. The message says which
 * of these it is and never carries a secret, a key or the sealed bytes.
 */
public class SecretUnsealingException extends RuntimeException {
    public SecretUnsealingException(String message) {
        super(message);
    }

    public SecretUnsealingException(String message, Throwable cause) {
        super(message, cause);
    }
}
