package dev.gatehouse.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.mfa.SealedSecret;
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

    @Test
    void afterARotationItStillUnsealsWhatItSealedBeforeAndAsksForAReseal() {
        SealedSecret before = sealer.seal(SECRET);

        sealer.rotateKey();

        SealedSecret after = sealer.seal(SECRET);
        assertThat(after).isNotEqualTo(before);
        assertThat(sealer.unseal(before)).isEqualTo(SECRET);
        assertThat(sealer.needsReseal(before)).isTrue();
        assertThat(sealer.needsReseal(after)).isFalse();
    }
}
