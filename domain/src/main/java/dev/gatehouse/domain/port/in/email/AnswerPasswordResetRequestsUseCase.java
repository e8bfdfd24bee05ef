package dev.gatehouse.domain.port.in.email;

/**
 * Answers the queued password-reset requests (see {@link RequestPasswordResetUseCase}): for each,
 * a reset link to the enabled account with the address, at most one per account per 60 seconds,
 * and an audit event either way. Each request is answered in a transaction of its own. Safe to run
 * on every instance at once: each request is taken by one worker.
 */
public interface AnswerPasswordResetRequestsUseCase {

    /**
     * Answers up to {@code max} due requests, oldest first.
     *
     * @return how many were answered; fewer than {@code max} when the queue ran out of due ones
     * @throws RuntimeException when answering one failed: that request is due again after a pause
     *     (or dropped once its attempts are used up), and the ones after it wait for the next call
     */
    int answerPending(int max);
}
