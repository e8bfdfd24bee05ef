package dev.gatehouse.domain.port.in.key;

import dev.gatehouse.domain.key.VerificationKey;
import java.util.List;

/** The public keys that verify this service's access tokens (served as JWKS, used to check tokens). */
public interface ListVerificationKeysUseCase {
    List<VerificationKey> verificationKeys();
}
