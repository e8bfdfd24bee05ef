package dev.gatehouse.adapter.out.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.mfa.SealedSecret;
import dev.gatehouse.domain.port.out.SecretSealer;
import dev.gatehouse.domain.testing.SecretSealerContract;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class AesGcmSecretSealerContractTest extends SecretSealerContract {
    private final AesGcmSecretSealer sealer =
            new AesGcmSecretSealer(AesGcmSecretSealerTest.randomKey(), List.of(), new SecureRandom());

    @Override
    protected SecretSealer sealer() {
        return sealer;
    }

    @Test
    void sealsInTheDocumentedLayoutWithoutTheSecretInIt() {
        SealedSecret sealed = sealer.seal(SECRET);

        assertThat(sealed.value()).hasSize(AesGcmSecretSealerTest.OVERHEAD + SECRET.length);
        assertThat(sealed.value()[0]).isEqualTo((byte) 0x01);
        assertHidesTheSecret(sealed);
    }

    @Test
    void twoSealsOfOneSecretDifferAndBothUnseal() {
        SealedSecret first = sealer.seal(SECRET);
        SealedSecret second = sealer.seal(SECRET);

        assertThat(first).isNotEqualTo(second);
        assertThat(sealer.unseal(first)).isEqualTo(SECRET);
        assertThat(sealer.unseal(second)).isEqualTo(SECRET);
    }
}
