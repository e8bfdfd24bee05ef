package dev.gatehouse.domain.mfa;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords, RFC 6238 with the parameters every authenticator app defaults to
 * and the {@code otpauth://} URI states: HMAC-SHA1, {@value #DIGITS} digits, steps of
 * {@value #STEP_SECONDS} seconds counted from the Unix epoch (T0 = 0).
 *
 * <p>A check answers the time step a code matched, not just yes or no: an account accepts each step
 * at most once, and only a step later than the last one it accepted (replay protection), so the
 * caller needs the step to record it.
 */
public final class Totp {
    public static final int DIGITS = 6;
    public static final int STEP_SECONDS = 30;
    public static final String ALGORITHM = "SHA1";

    /** RFC 6238 section 5.2: the previous and the next step are accepted too, for clock drift. */
    private static final int STEPS_OF_SKEW = 1;

    private static final String MAC_ALGORITHM = "HmacSHA1";
    private static final int MODULUS = (int) Math.pow(10, DIGITS);
    private static final String FORMAT = "%0" + DIGITS + "d";

    /** The step {@code instant} falls in: whole steps since the epoch (a step begins on its first second). */
    public long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of {@code step} (RFC 4226's HOTP with the step as its counter), zero-padded. */
    public String codeAt(TotpSecret secret, long step) {
        byte[] hmac =
                hmacSha1(secret, ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        // RFC 4226 section 5.3, dynamic truncation: 31 bits from an offset the last nibble names.
        int offset = hmac[hmac.length - 1] & 0x0f;
        int truncated = ByteBuffer.wrap(hmac, offset, Integer.BYTES).getInt() & 0x7fffffff;
        return String.format(Locale.ROOT, FORMAT, truncated % MODULUS);
    }

    /**
     * The step whose code {@code code} is, among the previous, the current and the next step at
     * {@code now}; empty when it is none of them, or is not exactly {@value #DIGITS} ASCII digits
     * (anything a client may send, {@code null} included, is answered, never thrown at). All three
     * steps are computed and compared, each in constant time, whichever matches, so that the time
     * taken tells nothing about the code. Should two steps share the code (one chance in a million)
     * the later one is answered, so that the replay guard that records it refuses all of them.
     */
    public OptionalLong matchingStep(TotpSecret secret, String code, Instant now) {
        Objects.requireNonNull(secret, "secret");
        long current = stepAt(now);
        if (!isWellFormed(code)) {
            return OptionalLong.empty();
        }
        byte[] given = code.getBytes(StandardCharsets.US_ASCII);
        boolean matched = false;
        long matchedStep = 0;
        for (long step = current - STEPS_OF_SKEW; step <= current + STEPS_OF_SKEW; step++) {
            boolean equal = MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII), given);
            matched |= equal;
            matchedStep = equal ? step : matchedStep;
        }
        return matched ? OptionalLong.of(matchedStep) : OptionalLong.empty();
    }

    /** Exactly {@value #DIGITS} of {@code 0}–{@code 9}: no other digits of Unicode, no spaces, no signs. */
    private static boolean isWellFormed(String code) {
        if (code == null || code.length() != DIGITS) {
            return false;
        }
        for (int i = 0; i < DIGITS; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static byte[] hmacSha1(TotpSecret secret, byte[] message) {
        try {
            Mac mac = Mac.getInstance(MAC_ALGORITHM);
            mac.init(new SecretKeySpec(secret.bytes(), MAC_ALGORITHM));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JDK ships " + MAC_ALGORITHM, e);
        }
    }
}
