package dev.gatehouse.domain.port.in.auth;

/**
 * Deletes failed-login records (login throttles) that have been idle long enough to be forgotten.
 * Safe to run on every instance at once.
 */
public interface PurgeIdleLoginThrottlesUseCase {
    /** @return how many records were deleted */
    int purgeIdleLoginThrottles();
}
