package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.mfa.SealedSecret;
import dev.gatehouse.domain.mfa.SecretUnsealingException;
import dev.gatehouse.domain.port.out.SecretSealer;
import java.util.HashSet;
import java.util.Set;

/**
 * A stand-in for the real sealers in application tests: a marker byte, then every bit of the secret
 * inverted. No protection at all, but a stored value visibly differs from the secret, so that a test
 * can tell a secret that was stored sealed from one stored as it is. The marker plays the key:
 * {@link #rotateKey()} seals with a new one from then on and still unseals values under the earlier
 * ones, which {@link #needsReseal} then points out, as the real sealer does after a rotation.
 */
public class InvertingSecretSealer implements SecretSealer {
    private static final byte FIRST_MARKER = 0x66;

    private byte currentMarker = FIRST_MARKER;
    private final Set<Byte> previousMarkers = new HashSet<>();

    /** From now on seals with a new key; values sealed with the earlier ones still unseal. */
    public synchronized void rotateKey() {
        previousMarkers.add(currentMarker);
        currentMarker++;
    }

    @Override
    public synchronized SealedSecret seal(byte[] plaintext) {
        byte[] sealed = new byte[plaintext.length + 1];
        sealed[0] = currentMarker;
        for (int i = 0; i < plaintext.length; i++) {
            sealed[i + 1] = (byte) ~plaintext[i];
        }
        return new SealedSecret(sealed);
    }

    @Override
    public synchronized byte[] unseal(SealedSecret sealed) {
        byte[] value = sealed.value();
        if (value[0] != currentMarker && !previousMarkers.contains(value[0])) {
            throw new SecretUnsealingException("Not sealed by the inverting test sealer");
        }
        byte[] plaintext = new byte[value.length - 1];
        for (int i = 0; i < plaintext.length; i++) {
            plaintext[i] = (byte) ~value[i + 1];
        }
        return plaintext;
    }

    @Override
    public synchronized boolean needsReseal(SealedSecret sealed) {
        return sealed.value()[0] != currentMarker;
    }
}
