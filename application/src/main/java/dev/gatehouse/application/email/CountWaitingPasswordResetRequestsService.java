package dev.gatehouse.application.email;

import dev.gatehouse.domain.port.in.email.CountWaitingPasswordResetRequestsUseCase;
import dev.gatehouse.domain.port.out.PasswordResetRequestQueue;

/** The reset-request queue's backlog, for the gauge that shows whether the workers keep up. */
public final class CountWaitingPasswordResetRequestsService implements CountWaitingPasswordResetRequestsUseCase {
    private final PasswordResetRequestQueue queue;

    public CountWaitingPasswordResetRequestsService(PasswordResetRequestQueue queue) {
        this.queue = queue;
    }

    @Override
    public long countWaitingPasswordResetRequests() {
        return queue.count();
    }
}
