package dev.gatehouse.domain.port.in.audit;

/** Deletes audit events older than their retention. Safe to run on every instance at once. */
public interface PurgeExpiredAuditEventsUseCase {
    /** @return how many events were deleted */
    int purgeExpiredAuditEvents();
}
