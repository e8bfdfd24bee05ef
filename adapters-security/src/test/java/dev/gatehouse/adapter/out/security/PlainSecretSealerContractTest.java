package dev.gatehouse.adapter.out.security;

import dev.gatehouse.domain.port.out.SecretSealer;
import dev.gatehouse.domain.testing.SecretSealerContract;

class PlainSecretSealerContractTest extends SecretSealerContract {
    private final PlainSecretSealer sealer = new PlainSecretSealer();

    @Override
    protected SecretSealer sealer() {
        return sealer;
    }
}
