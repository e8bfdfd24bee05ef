package dev.gatehouse.adapter.out.security;

import dev.gatehouse.domain.mfa.SecretUnsealingException;
import java.util.Arrays;

/**
 * The first byte of every sealed value: how the rest of it is to be read. Both sealers know both
 * formats, so that each can tell the other's values from damaged ones, and a deployment that turns
 * encryption on finds the values stored before and seals them anew.
 */
enum SealFormat {
    /** The secret as it is, after this byte ({@link PlainSecretSealer}). */
    PLAIN((byte) 0x00, "without encryption"),
    /** Key id, nonce, ciphertext and tag ({@link AesGcmSecretSealer}). */
    AES_256_GCM((byte) 0x01, "with AES-256-GCM");

    private final byte marker;
    private final String description;

    SealFormat(byte marker, String description) {
        this.marker = marker;
        this.description = description;
    }

    byte marker() {
        return marker;
    }

    /** For messages: "sealed " + this. */
    String description() {
        return description;
    }

    /** Whether {@code sealed} says it is in this format (it may still be damaged). */
    boolean marks(byte[] sealed) {
        return sealed.length > 0 && sealed[0] == marker;
    }

    /** The format {@code sealed} names; refused when it names none. */
    static SealFormat of(byte[] sealed) {
        return Arrays.stream(values())
                .filter(format -> format.marks(sealed))
                .findFirst()
                .orElseThrow(() -> new SecretUnsealingException("The stored secret is in no format a sealer writes"));
    }
}
