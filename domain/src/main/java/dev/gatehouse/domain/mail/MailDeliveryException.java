package dev.gatehouse.domain.mail;

/**
 * A mail could not be handed to the mail server (unreachable, refused, timed out). The outbox
 * keeps the mail and tries again later; the message says why, without the mail's body.
 */
public class MailDeliveryException extends RuntimeException {
    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
