package dev.gatehouse.domain.port.in.email;

/** Deletes mailed tokens that have expired. Safe to run on every instance at once. */
public interface PurgeExpiredEmailTokensUseCase {
    /** @return how many tokens were deleted */
    int purgeExpiredEmailTokens();
}
