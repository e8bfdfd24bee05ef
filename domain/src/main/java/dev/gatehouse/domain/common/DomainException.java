package dev.gatehouse.domain.common;

/** Base of every business error; the driving adapter decides how each one is presented. */
public abstract class DomainException extends RuntimeException {
    protected DomainException(String message) {
        super(message);
    }
}
