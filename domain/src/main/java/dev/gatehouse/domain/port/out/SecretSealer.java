package dev.gatehouse.domain.port.out;

import dev.gatehouse.domain.mfa.SealedSecret;

/**
 * Protects a secret the service must read back (a TOTP key) while it is stored: what
 * {@link #seal} returns is what the store keeps, and only {@link #unseal} turns it back. A sealed
 * value names how it was sealed, so that a sealer can tell values made another way, or with a key
 * that has since been replaced, and have them sealed again ({@link #needsReseal}).
 */
public interface SecretSealer {
    /** A new sealed form of {@code plaintext}; the caller may wipe its array afterwards. */
    SealedSecret seal(byte[] plaintext);

    /**
     * The plaintext {@code sealed} holds.
     *
     * @throws dev.gatehouse.domain.mfa.SecretUnsealingException when it was altered, sealed with a
     *     key this sealer does not have, or is not in a form this sealer reads
     */
    byte[] unseal(SealedSecret sealed);

    /**
     * Whether {@code sealed} was made otherwise than {@link #seal} makes values now (without
     * encryption, or with an older key): the caller that has just unsealed it stores it sealed
     * anew. Cheap: it reads the value's header, it verifies nothing.
     */
    boolean needsReseal(SealedSecret sealed);
}
