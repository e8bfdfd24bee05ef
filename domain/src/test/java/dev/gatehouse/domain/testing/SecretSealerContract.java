package dev.gatehouse.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.mfa.SealedSecret;
import dev.gatehouse.domain.mfa.SecretUnsealingException;
import dev.gatehouse.domain.port.out.SecretSealer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SecretSealer} must do, whether it encrypts or not: give back exactly what was
 * sealed, own the arrays it returns, call a value it has just sealed current, and refuse a value in
 * a format no sealer writes instead of handing back bytes that are not the secret. (An empty value
 * cannot reach a sealer: {@link SealedSecret} is never empty.)
 */
public abstract class SecretSealerContract {
    protected static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    /** 0x7F opens no sealer's format. */
    private static final SealedSecret FOREIGN =
            new SealedSecret(new byte[] {0x7f, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20});

    protected abstract SecretSealer sealer();

    @Test
    void unsealingGivesBackWhatWasSealed() {
        assertThat(sealer().unseal(sealer().seal(SECRET))).isEqualTo(SECRET);
        assertThat(sealer().unseal(sealer().seal(new byte[0]))).isEmpty();
    }

    @Test
    void whatItReturnsIsNotSharedWithTheCaller() {
        byte[] plaintext = SECRET.clone();
        SealedSecret sealed = sealer().seal(plaintext);
        plaintext[0] ^= 1;

        byte[] unsealed = sealer().unseal(sealed);
        unsealed[0] ^= 1;

        assertThat(sealer().unseal(sealed)).isEqualTo(SECRET);
    }

    @Test
    void aValueItHasJustSealedNeedsNoReseal() {
        assertThat(sealer().needsReseal(sealer().seal(SECRET))).isFalse();
    }

    @Test
    void aValueInNoKnownFormatIsRefusedAndNeedsReseal() {
        assertThatThrownBy(() -> sealer().unseal(FOREIGN)).isInstanceOf(SecretUnsealingException.class);
        assertThat(sealer().needsReseal(FOREIGN)).isTrue();
    }

    /** For sealers that encrypt (or pretend to): the secret's bytes appear nowhere in {@code sealed}. */
    protected static void assertHidesTheSecret(SealedSecret sealed) {
        assertThat(new String(sealed.value(), StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(SECRET, StandardCharsets.ISO_8859_1));
    }
}
