package dev.gatehouse.domain.testing;

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
    public byte[] seal(byte[] plaintext) {
        byte[] sealed = new byte[plaintext.length + 1];
        sealed[0] = MARKER;
        for (int i = 0; i < plaintext.length; i++) {
            sealed[i + 1] = (byte) ~plaintext[i];
        }
        return sealed;
    }

    @Override
    public byte[] unseal(byte[] sealed) {
        if (needsReseal(sealed)) {
            throw new SecretUnsealingException("Not sealed by the inverting test sealer");
        }
        byte[] plaintext = new byte[sealed.length - 1];
        for (int i = 0; i < plaintext.length; i++) {
            plaintext[i] = (byte) ~sealed[i + 1];
        }
        return plaintext;
    }

    @Override
    public boolean needsReseal(byte[] sealed) {
        return sealed.length == 0 || sealed[0] != MARKER;
    }
}
