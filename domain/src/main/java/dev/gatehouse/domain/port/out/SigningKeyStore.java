package dev.gatehouse.domain.port.out;

import dev.gatehouse.domain.key.SigningKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where signing keys live, shared by every instance that signs and verifies the same tokens. */
public interface SigningKeyStore {

    /** The key new tokens are signed with, if one exists yet. */
    Optional<SigningKey> findActive();

    /**
     * Makes {@code candidate} the active key unless another is active already; decided by the
     * store, so instances starting at the same time agree on one key.
     *
     * @return the active key afterwards: the candidate, or the one that was there first
     */
    SigningKey activateIfNoneActive(SigningKey candidate);

    /**
     * Retires the active key at {@code now} and makes {@code newKey} the active one, in one step.
     * Run inside a {@link UnitOfWork}.
     */
    void rotate(SigningKey newKey, Instant now);

    /**
     * Every key whose tokens may still be live: the active one, and those retired after
     * {@code retiredAfter}; newest first.
     */
    List<SigningKey> findVerificationKeys(Instant retiredAfter);

    /**
     * Deletes the keys retired before {@code retiredBefore}, private and public part together:
     * once a key is past its verification window no token it signed can be accepted, so neither
     * half is needed any more. Never the active key. Instances running it at the same time only
     * find less to delete.
     *
     * @return how many keys were deleted
     */
    int deleteRetiredBefore(Instant retiredBefore);
}
