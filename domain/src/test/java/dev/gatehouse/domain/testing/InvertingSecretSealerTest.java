package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.port.out.SecretSealer;
import org.junit.jupiter.api.Test;

class InvertingSecretSealerTest extends SecretSealerContract {
    private final InvertingSecretSealer sealer = new InvertingSecretSealer();

    @Override
    protected SecretSealer sealer() {
        return sealer;
    }

    @Test
    void theStoredValueDoesNotHoldTheSecretAsItIs() {
        assertHidesTheSecret(sealer.seal(SECRET));
    }
}
