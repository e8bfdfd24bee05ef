package dev.gatehouse.adapter.out.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.mfa.SealedSecret;
import dev.gatehouse.domain.mfa.SecretUnsealingException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AesGcmSecretSealerTest {
    private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    /** Format byte, 4-byte key id, 12-byte nonce; then the ciphertext and its 16-byte tag. */
    static final int OVERHEAD = 1 + 4 + 12 + 16;

    private static final int HEADER = 1 + 4;

    private final String key = randomKey();
    private final AesGcmSecretSealer sealer = sealerWith(key);

    static String randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void aChangedNonceCiphertextOrTagIsRefusedAsTampering() {
        SealedSecret sealed = sealer.seal(SECRET);
        for (int i = HEADER; i < sealed.value().length; i++) {
            SealedSecret tampered = withBitFlipped(sealed, i);

            assertThatThrownBy(() -> sealer.unseal(tampered))
                    .as("byte %d changed", i)
                    .isInstanceOf(SecretUnsealingException.class)
                    .hasMessageContaining("integrity check")
                    .hasMessageContaining("altered");
        }
    }

    @Test
    void aChangedKeyIdNamesAKeyThatIsNotConfigured() {
        SealedSecret sealed = sealer.seal(SECRET);
        for (int i = 1; i < HEADER; i++) {
            SealedSecret tampered = withBitFlipped(sealed, i);

            assertThatThrownBy(() -> sealer.unseal(tampered))
                    .as("byte %d changed", i)
                    .isInstanceOf(SecretUnsealingException.class)
                    .hasMessageContaining("neither APP_AUTH_MFA_ENCRYPTION_KEY");
        }
    }

    /**
     * A format byte changed to another format's is caught only as far as that format can: marked
     * plain, the rest is read as a plain value (which the sealer must read, for the values stored
     * before encryption was turned on), and is not the secret.
     */
    @Test
    void aChangedFormatByteIsRefusedOrReadAsAnotherFormat() {
        SealedSecret sealed = sealer.seal(SECRET);
        SealedSecret unknownFormat = withFormatByte(sealed, (byte) 0x02);
        SealedSecret markedPlain = withFormatByte(sealed, (byte) 0x00);

        assertThatThrownBy(() -> sealer.unseal(unknownFormat)).isInstanceOf(SecretUnsealingException.class);
        assertThat(sealer.unseal(markedPlain)).isNotEqualTo(SECRET);
        assertThat(sealer.needsReseal(markedPlain)).isTrue();
    }

    @Test
    void aTruncatedValueIsRefused() {
        byte[] sealed = sealer.seal(SECRET).value();

        for (int length = 1; length < sealed.length; length++) {
            SealedSecret truncated = new SealedSecret(Arrays.copyOf(sealed, length));

            assertThatThrownBy(() -> sealer.unseal(truncated))
                    .as("%d bytes", length)
                    .isInstanceOf(SecretUnsealingException.class);
        }
    }

    @Test
    void aValueSealedWithAnotherKeyIsRefusedNamingTheVariablesNotTheKey() {
        String otherKey = randomKey();
        SealedSecret sealedElsewhere = sealerWith(otherKey).seal(SECRET);

        assertThatThrownBy(() -> sealer.unseal(sealedElsewhere))
                .isInstanceOf(SecretUnsealingException.class)
                .hasMessageContaining("APP_AUTH_MFA_ENCRYPTION_KEY")
                .hasMessageContaining("APP_AUTH_MFA_PREVIOUS_ENCRYPTION_KEYS")
                .hasMessageNotContaining(otherKey)
                .hasMessageNotContaining(key);
    }

    @Test
    void afterRotationOldValuesStillUnsealAndAskToBeSealedAnew() {
        SealedSecret sealedWithOldKey = sealer.seal(SECRET);
        String newKey = randomKey();
        AesGcmSecretSealer rotated = new AesGcmSecretSealer(newKey, List.of(key), new SecureRandom());

        assertThat(rotated.unseal(sealedWithOldKey)).isEqualTo(SECRET);
        assertThat(rotated.needsReseal(sealedWithOldKey)).isTrue();

        SealedSecret resealed = rotated.seal(rotated.unseal(sealedWithOldKey));
        assertThat(rotated.needsReseal(resealed)).isFalse();
        assertThat(rotated.unseal(resealed)).isEqualTo(SECRET);
        assertThatThrownBy(() -> sealer.unseal(resealed)).isInstanceOf(SecretUnsealingException.class);
    }

    @Test
    void valuesStoredWithoutEncryptionStillUnsealAndAskToBeSealedAnew() {
        SealedSecret plain = new PlainSecretSealer().seal(SECRET);

        assertThat(sealer.unseal(plain)).isEqualTo(SECRET);
        assertThat(sealer.needsReseal(plain)).isTrue();
    }

    @Test
    void aPlainSealerRefusesAnEncryptedValueNamingTheVariable() {
        SealedSecret sealed = sealer.seal(SECRET);
        PlainSecretSealer plain = new PlainSecretSealer();

        assertThatThrownBy(() -> plain.unseal(sealed))
                .isInstanceOf(SecretUnsealingException.class)
                .hasMessageContaining("AES-256-GCM")
                .hasMessageContaining("APP_AUTH_MFA_ENCRYPTION_KEY");
        assertThat(plain.needsReseal(sealed)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "c2hvcnQ=", // 5 bytes
                "not base64 at all!",
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" // 63 bytes
            })
    void refusesAKeyThatIsNotBase64Of32BytesWithoutEchoingIt(String badKey) {
        assertThatThrownBy(() -> sealerWith(badKey))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("APP_AUTH_MFA_ENCRYPTION_KEY")
                .hasMessageContaining("32")
                .hasMessageNotContaining(badKey)
                .hasNoCause();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void refusesAMissingKey(String missing) {
        assertThatThrownBy(() -> sealerWith(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("APP_AUTH_MFA_ENCRYPTION_KEY")
                .hasMessageContaining("empty");
    }

    @Test
    void refusesABadPreviousKeyNamingItsVariableAndPlace() {
        assertThatThrownBy(() -> new AesGcmSecretSealer(key, List.of(randomKey(), "c2hvcnQ="), new SecureRandom()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("APP_AUTH_MFA_PREVIOUS_ENCRYPTION_KEYS (key 2)")
                .hasMessageNotContaining("c2hvcnQ=");
    }

    @Test
    void refusesAKeyGivenTwice() {
        assertThatThrownBy(() -> new AesGcmSecretSealer(key, List.of(key), new SecureRandom()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("repeats a key")
                .hasMessageNotContaining(key);
    }

    @Test
    void acceptsAKeyWithSurroundingWhitespace() {
        SealedSecret sealed = sealer.seal(SECRET);

        assertThat(sealerWith(" " + key + "\n").unseal(sealed)).isEqualTo(SECRET);
    }

    private static AesGcmSecretSealer sealerWith(String key) {
        return new AesGcmSecretSealer(key, List.of(), new SecureRandom());
    }

    /** {@code sealed} with the lowest bit of its byte {@code index} flipped. */
    private static SealedSecret withBitFlipped(SealedSecret sealed, int index) {
        byte[] bytes = sealed.value();
        bytes[index] ^= 0x01;
        return new SealedSecret(bytes);
    }

    /** {@code sealed} with {@code format} in place of its format byte. */
    private static SealedSecret withFormatByte(SealedSecret sealed, byte format) {
        byte[] bytes = sealed.value();
        bytes[0] = format;
        return new SealedSecret(bytes);
    }
}
