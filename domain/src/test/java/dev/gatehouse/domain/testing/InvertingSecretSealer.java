package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.mfa.SealedSecret;
import dev.gatehouse.domain.mfa.SecretUnsealingException;
import dev.gatehouse.domain.port.out.SecretSealer;

/**
 * A stand-in for the real sealers in application tests: a marker byte, then every bit of the secret
 * inverted. No protection at all, but a stored value visibly differs from the secret, so that a test
 * can tell a secret that was stored sealed from one stored as it is.
 */
public class InvertingSecretSealer implements SecretSealer {
    private static final byte MARKER = 0x66;

    @Override
    public SealedSecret seal(byte[] plaintext) {
        byte[] sealed = new byte[plaintext.length + 1];
        sealed[0] = MARKER;
        for (int i = 0; i < plaintext.length; i++) {
            sealed[i + 1] = (byte) ~plaintext[i];
        }
        return new SealedSecret(sealed);
    }

    @Override
    public byte[] unseal(SealedSecret sealed) {
        if (needsReseal(sealed)) {
            throw new SecretUnsealingException("Not sealed by the inverting test sealer");
        }
        byte[] value = sealed.value();
        byte[] plaintext = new byte[value.length - 1];
        for (int i = 0; i < plaintext.length; i++) {
            plaintext[i] = (byte) ~value[i + 1];
        }
        return plaintext;
    }

    @Override
    public boolean needsReseal(SealedSecret sealed) {
        return sealed.value()[0] != MARKER;
    }
}
