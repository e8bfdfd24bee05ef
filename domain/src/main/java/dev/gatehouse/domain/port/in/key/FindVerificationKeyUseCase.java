package dev.gatehouse.domain.port.in.key;

import dev.gatehouse.domain.key.VerificationKey;
import java.util.Optional;

/**
 * The public key with this {@code kid}, for checking a token's signature; empty when no key whose
 * tokens may still be live has it.
 */
public interface FindVerificationKeyUseCase {
    Optional<VerificationKey> findVerificationKey(String kid);
}
