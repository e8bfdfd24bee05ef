package dev.gatehouse.application.key;

import dev.gatehouse.domain.key.VerificationKey;
import dev.gatehouse.domain.port.in.key.FindVerificationKeyUseCase;
import java.util.Optional;

public final class FindVerificationKeyService implements FindVerificationKeyUseCase {
    private final SigningKeyRing signingKeyRing;

    public FindVerificationKeyService(SigningKeyRing signingKeyRing) {
        this.signingKeyRing = signingKeyRing;
    }

    @Override
    public Optional<VerificationKey> findVerificationKey(String kid) {
        return signingKeyRing.verificationKey(kid);
    }
}
