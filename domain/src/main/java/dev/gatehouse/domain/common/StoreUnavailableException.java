package dev.gatehouse.domain.common;

/**
 * The store (the database) cannot be reached right now; the caller may try again later. A unit of
 * work that failed this way was rolled back, unless the connection broke during its commit, when
 * its outcome is unknown (retrying an idempotent request is then the client's way to find out).
 * Driving adapters answer it as "service unavailable".
 */
public class StoreUnavailableException extends DomainException {
    public StoreUnavailableException(Throwable cause) {
        super("The database cannot be reached right now");
        initCause(cause);
    }
}
