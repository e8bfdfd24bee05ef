package dev.gatehouse.domain.port.in.email;

/** The reset-request queue's backlog: requests not answered yet, due or set aside after a failure. */
@FunctionalInterface
public interface CountWaitingPasswordResetRequestsUseCase {
    long countWaitingPasswordResetRequests();
}
