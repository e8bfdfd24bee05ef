package dev.gatehouse.devmode;

/** The developer mode cannot start; the message says why and what to do, for a person to read. */
final class DevModeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DevModeException(String message) {
        super(message);
    }

    DevModeException(String message, Throwable cause) {
        super(message, cause);
    }
}
