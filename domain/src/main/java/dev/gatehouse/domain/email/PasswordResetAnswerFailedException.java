package dev.gatehouse.domain.email;

/**
 * Answering one queued password-reset request failed, and nothing of that attempt was kept. The
 * request waits for another attempt, or was dropped when this was its last. The message names
 * neither the address nor the cause's text (a database error may quote the values it refused);
 * the cause is attached for whoever needs it.
 */
public final class PasswordResetAnswerFailedException extends RuntimeException {
    private final int attempt;
    private final int maxAttempts;

    public PasswordResetAnswerFailedException(int attempt, int maxAttempts, RuntimeException cause) {
        super(
                "Answering a queued password-reset request failed (attempt " + attempt + " of " + maxAttempts
                        + (attempt >= maxAttempts ? "; the request was dropped" : "; it will be tried again")
                        + "): " + cause.getClass().getName(),
                cause);
        this.attempt = attempt;
        this.maxAttempts = maxAttempts;
    }

    public int attempt() {
        return attempt;
    }

    /** Whether this was the request's last attempt, after which it was dropped unanswered. */
    public boolean dropped() {
        return attempt >= maxAttempts;
    }
}
