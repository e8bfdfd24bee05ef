package dev.gatehouse.application.auth;

import dev.gatehouse.domain.auth.VerificationKey;
import dev.gatehouse.domain.port.in.FindVerificationKeyUseCase;
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
