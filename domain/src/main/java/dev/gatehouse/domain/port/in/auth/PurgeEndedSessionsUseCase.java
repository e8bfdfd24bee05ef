package dev.gatehouse.domain.port.in.auth;

/** Deletes expired and revoked sessions. Safe to run on every instance at once. */
public interface PurgeEndedSessionsUseCase {
    /** @return how many sessions were deleted */
    int purgeEndedSessions();
}
