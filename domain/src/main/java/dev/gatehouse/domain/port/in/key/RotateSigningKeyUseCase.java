package dev.gatehouse.domain.port.in.key;

import dev.gatehouse.domain.key.VerificationKey;

/**
 * Makes a new key the one tokens are signed with. The retired key keeps verifying (and stays in
 * the JWKS) until the longest access-token lifetime has passed.
 */
public interface RotateSigningKeyUseCase {
    /** @return the new active key's public half */
    VerificationKey rotateSigningKey(RotateSigningKeyCommand command);
}
