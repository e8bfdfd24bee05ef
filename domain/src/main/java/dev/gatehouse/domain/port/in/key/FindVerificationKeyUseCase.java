package dev.gatehouse.domain.port.in.key;

import dev.gatehouse.domain.key.VerificationKey;
import java.util.Optional;

/**
 * The public key with this {@code kid}, for checking a token's signature. An unknown kid is looked
 * up again in the store at most once per short interval, never on every request.
 */
public interface FindVerificationKeyUseCase {
    Optional<VerificationKey> findVerificationKey(String kid);
}
