package dev.gatehouse.domain.mfa;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * The key an account shares with its authenticator app. 160 random bits, the length RFC 4226
 * (section 4, R6) recommends and the length of an HMAC-SHA1 output. It leaves the service once, as
 * {@linkplain #base32() Base32} in the setup response; it is never printed. The bytes are copied in
 * and out, so that no caller can change them under it.
 */
public final class TotpSecret {
    /** What {@link #generate} draws. */
    public static final int RANDOM_BYTES = 20;

    /** RFC 4226 (R6) requires at least 128 bits. */
    private static final int MIN_BYTES = 16;

    private final byte[] bytes;

    private TotpSecret(byte[] bytes) {
        this.bytes = bytes;
    }

    public static TotpSecret generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new TotpSecret(bytes);
    }

    /** A secret as stored (once unsealed). */
    public static TotpSecret of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length < MIN_BYTES) {
            throw new IllegalArgumentException("A TOTP secret has at least " + MIN_BYTES + " bytes");
        }
        return new TotpSecret(bytes.clone());
    }

    /** A copy of the key's bytes: what is sealed and stored, and what HMAC runs on. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The key as an authenticator app takes it: Base32, upper case, no padding. */
    public String base32() {
        return Base32.encode(bytes);
    }

    /** Same bytes, compared in time that does not depend on where they differ. */
    @Override
    public boolean equals(Object other) {
        return other instanceof TotpSecret that && MessageDigest.isEqual(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "TotpSecret[redacted]";
    }
}
