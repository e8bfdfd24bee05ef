package dev.gatehouse.application.auth;

import dev.gatehouse.domain.auth.VerificationKey;
import dev.gatehouse.domain.port.in.ListVerificationKeysUseCase;
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
