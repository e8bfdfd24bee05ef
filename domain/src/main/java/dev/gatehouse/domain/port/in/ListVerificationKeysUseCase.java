package dev.gatehouse.domain.port.in;

import dev.gatehouse.domain.auth.VerificationKey;
import java.util.List;

/** The public keys that verify this service's access tokens (served as JWKS, used to check tokens). */
public interface ListVerificationKeysUseCase {
    List<VerificationKey> verificationKeys();
}
