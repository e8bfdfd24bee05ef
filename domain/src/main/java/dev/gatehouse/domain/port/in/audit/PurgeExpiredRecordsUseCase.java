package dev.gatehouse.domain.port.in.audit;

/**
 * Deletes audit events past their retention and idle failed-login records. Safe to run on every
 * instance at once.
 */
public interface PurgeExpiredRecordsUseCase {
    /** @return how many rows were deleted */
    int purgeExpiredRecords();
}
