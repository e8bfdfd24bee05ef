package dev.gatehouse.adapter.out.security;

import dev.gatehouse.domain.mfa.SealedSecret;
import dev.gatehouse.domain.mfa.SecretUnsealingException;
import dev.gatehouse.domain.port.out.SecretSealer;
import java.util.Arrays;

/**
 * For deployments without {@code APP_AUTH_MFA_ENCRYPTION_KEY}: the secret is stored as it is,
 * behind one format byte. The byte is what lets {@link AesGcmSecretSealer} recognise such values
 * once a key is configured, and seal each anew the next time it is used.
 */
public class PlainSecretSealer implements SecretSealer {

    @Override
    public SealedSecret seal(byte[] plaintext) {
        byte[] sealed = new byte[plaintext.length + 1];
        sealed[0] = SealFormat.PLAIN.marker();
        System.arraycopy(plaintext, 0, sealed, 1, plaintext.length);
        return new SealedSecret(sealed);
    }

    /** Only values in its own format: an encrypted one needs the key this deployment lacks. */
    @Override
    public byte[] unseal(SealedSecret sealed) {
        byte[] value = sealed.value();
        SealFormat format = SealFormat.of(value);
        if (format != SealFormat.PLAIN) {
            throw new SecretUnsealingException("The stored secret is sealed " + format.description()
                    + "; unsealing it needs the key it was sealed with in " + AesGcmSecretSealer.KEY_VARIABLE);
        }
        return contentOf(value);
    }

    /** Any value not in its own format: it cannot write anything else. */
    @Override
    public boolean needsReseal(SealedSecret sealed) {
        return !SealFormat.PLAIN.marks(sealed.value());
    }

    /** The secret in a value in this format (its format already checked). */
    static byte[] contentOf(byte[] sealed) {
        return Arrays.copyOfRange(sealed, 1, sealed.length);
    }
}
