package dev.gatehouse.domain.common;

/**
 * Base of every business error; the driving adapter decides how each one is presented. The message
 * is for developers and logs, never the text a client reads: that is the adapter's to write (the
 * REST adapter's {@code ProblemType}), so it is written once.
 */
public abstract class DomainException extends RuntimeException {
    protected DomainException(String message) {
        super(message);
    }
}
