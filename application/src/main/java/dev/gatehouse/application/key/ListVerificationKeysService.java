package dev.gatehouse.application.key;

import dev.gatehouse.domain.key.VerificationKey;
import dev.gatehouse.domain.port.in.key.ListVerificationKeysUseCase;
import java.util.List;

/** Serves the verification keys from the in-memory key ring: called on every authenticated request. */
public final class ListVerificationKeysService implements ListVerificationKeysUseCase {
    private final SigningKeyRing signingKeyRing;

    public ListVerificationKeysService(SigningKeyRing signingKeyRing) {
        this.signingKeyRing = signingKeyRing;
    }

    @Override
    public List<VerificationKey> verificationKeys() {
        return signingKeyRing.verificationKeys();
    }
}
