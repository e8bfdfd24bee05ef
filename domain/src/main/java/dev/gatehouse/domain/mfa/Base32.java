package dev.gatehouse.domain.mfa;

import java.io.ByteArrayOutputStream;
import java.util.Objects;

/**
 * Base32 of RFC 4648 (section 6: {@code A}–{@code Z}, {@code 2}–{@code 7}), the encoding
 * authenticator apps read secrets in. Encodes upper case without padding, as {@code otpauth://}
 * URIs carry it; decodes either case and skips padding and spaces, as people and other tools write
 * it. A message never repeats the text: it may be a secret.
 */
public final class Base32 {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int BITS_PER_CHARACTER = 5;
    private static final int CHARACTER_MASK = 0x1f;
    private static final int BYTE_MASK = 0xff;

    private Base32() {}

    public static String encode(byte[] bytes) {
        StringBuilder text =
                new StringBuilder((bytes.length * Byte.SIZE + BITS_PER_CHARACTER - 1) / BITS_PER_CHARACTER);
        int buffer = 0;
        int bitsInBuffer = 0;
        for (byte b : bytes) {
            buffer = (buffer << Byte.SIZE) | (b & BYTE_MASK);
            bitsInBuffer += Byte.SIZE;
            while (bitsInBuffer >= BITS_PER_CHARACTER) {
                bitsInBuffer -= BITS_PER_CHARACTER;
                text.append(ALPHABET.charAt((buffer >>> bitsInBuffer) & CHARACTER_MASK));
            }
        }
        if (bitsInBuffer > 0) {
            text.append(ALPHABET.charAt((buffer << (BITS_PER_CHARACTER - bitsInBuffer)) & CHARACTER_MASK));
        }
        return text.toString();
    }

    /**
     * The bytes {@code text} encodes.
     *
     * @throws IllegalArgumentException for a character outside the alphabet (other than padding
     *     {@code =} and spaces), or a number of characters no byte string encodes to (1, 3 or 6
     *     more than a multiple of 8)
     */
    public static byte[] decode(String text) {
        Objects.requireNonNull(text, "text");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() * BITS_PER_CHARACTER / Byte.SIZE);
        int buffer = 0;
        int bitsInBuffer = 0;
        int characters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' || c == ' ') {
                continue;
            }
            int value = valueOf(c);
            if (value < 0) {
                throw new IllegalArgumentException(
                        "Not Base32: the character at index " + i + " is not in the alphabet");
            }
            characters++;
            buffer = (buffer << BITS_PER_CHARACTER) | value;
            bitsInBuffer += BITS_PER_CHARACTER;
            if (bitsInBuffer >= Byte.SIZE) {
                bitsInBuffer -= Byte.SIZE;
                bytes.write((buffer >>> bitsInBuffer) & BYTE_MASK);
            }
        }
        // The characters left over after the last whole byte hold only padding bits: at most 4 bits.
        if (bitsInBuffer >= BITS_PER_CHARACTER) {
            throw new IllegalArgumentException(
                    "Not Base32: " + characters + " characters encode no whole number of bytes");
        }
        return bytes.toByteArray();
    }

    /** The 5-bit value of an alphabet character in either case, or -1 for any other character. */
    static int valueOf(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '2' && c <= '7') {
            return c - '2' + ('Z' - 'A' + 1);
        }
        return -1;
    }
}
