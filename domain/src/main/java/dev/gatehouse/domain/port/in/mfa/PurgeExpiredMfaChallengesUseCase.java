package dev.gatehouse.domain.port.in.mfa;

/** Deletes the pending second steps of logins whose mfa token has expired. Safe to run on every instance at once. */
public interface PurgeExpiredMfaChallengesUseCase {
    /** @return how many challenges were deleted */
    int purgeExpiredMfaChallenges();
}
