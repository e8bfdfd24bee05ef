package dev.gatehouse.domain.port.in.key;

/**
 * Deletes signing keys retired longer ago than any token they signed can be accepted, private key
 * included. Never the active key. Safe to run on every instance at once.
 */
public interface PurgeRetiredSigningKeysUseCase {
    /** @return how many keys were deleted */
    int purgeRetiredSigningKeys();
}
