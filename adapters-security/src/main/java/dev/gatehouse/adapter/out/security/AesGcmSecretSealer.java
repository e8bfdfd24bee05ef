package dev.gatehouse.adapter.out.security;

import dev.gatehouse.domain.mfa.SealedSecret;
import dev.gatehouse.domain.mfa.SecretUnsealingException;
import dev.gatehouse.domain.port.out.SecretSealer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals with AES-256-GCM under a key the deployer supplies ({@value #KEY_VARIABLE}, Base64 of 32
 * random bytes). A sealed value is: the format byte, the key's 4-byte id, a 12-byte nonce drawn
 * afresh for every seal, then the ciphertext with its 128-bit tag. The format byte and key id are
 * authenticated with it (additional data), so no part of a value can be changed unnoticed.
 *
 * <p>Rotation: the new key becomes the current one and the old ones stay configured
 * ({@value #PREVIOUS_KEYS_VARIABLE}) until every value has been sealed anew. Values are always
 * sealed with the current key; each is unsealed with the key its id names; {@link #needsReseal}
 * points out values under an older key and values stored {@linkplain PlainSecretSealer without
 * encryption}, which this sealer still unseals so that turning encryption on loses nothing. The id
 * is derived from the key (a truncated SHA-256), so nobody numbers keys and every instance agrees.
 *
 * <p>What it protects: the secrets' confidentiality at rest (a database dump, a backup, a read-only
 * leak), and the integrity of every value it sealed. Not that a value was sealed at all: whoever
 * can write the table can store a value in the plain format, which this sealer reads for the sake
 * of values stored before a key was configured (whoever can write the table can replace password
 * hashes too).
 *
 * <p>No message ever carries a key, a secret or the sealed bytes.
 */
public class AesGcmSecretSealer implements SecretSealer {
    public static final String KEY_VARIABLE = "APP_AUTH_MFA_ENCRYPTION_KEY";
    public static final String PREVIOUS_KEYS_VARIABLE = "APP_AUTH_MFA_PREVIOUS_ENCRYPTION_KEYS";

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int KEY_ID_BYTES = Integer.BYTES;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER_BYTES = 1 + KEY_ID_BYTES;
    private static final int MIN_SEALED_BYTES = HEADER_BYTES + NONCE_BYTES + TAG_BITS / Byte.SIZE;
    /** Keeps the ids apart from any other use of a hash of the same key. */
    private static final byte[] KEY_ID_LABEL = "gatehouse secret sealer key id\0".getBytes(StandardCharsets.US_ASCII);

    private final SecureRandom random;
    private final SealingKey current;
    private final Map<Integer, SealingKey> keysById = new HashMap<>();

    /**
     * @param currentKey what values are sealed with: Base64 of 32 bytes
     * @param previousKeys keys values may still be sealed with, Base64 of 32 bytes each
     * @throws IllegalArgumentException for a key that is not Base64 of 32 bytes, or a key given twice
     */
    public AesGcmSecretSealer(String currentKey, List<String> previousKeys, SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
        this.current = SealingKey.parse(currentKey, KEY_VARIABLE);
        keysById.put(current.id(), current);
        for (int i = 0; i < previousKeys.size(); i++) {
            SealingKey previous =
                    SealingKey.parse(previousKeys.get(i), PREVIOUS_KEYS_VARIABLE + " (key " + (i + 1) + ")");
            if (keysById.putIfAbsent(previous.id(), previous) != null) {
                throw new IllegalArgumentException(PREVIOUS_KEYS_VARIABLE + " (key " + (i + 1)
                        + ") repeats a key given before it; list each key once, the current one only in "
                        + KEY_VARIABLE);
            }
        }
    }

    @Override
    public SealedSecret seal(byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] header = header(current.id());
        byte[] ciphertext;
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, current.key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header);
            ciphertext = cipher.doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JDK ships " + CIPHER, e);
        }
        return new SealedSecret(ByteBuffer.allocate(header.length + nonce.length + ciphertext.length)
                .put(header)
                .put(nonce)
                .put(ciphertext)
                .array());
    }

    @Override
    public byte[] unseal(SealedSecret sealed) {
        byte[] value = sealed.value();
        if (SealFormat.of(value) == SealFormat.PLAIN) {
            return PlainSecretSealer.contentOf(value);
        }
        if (value.length < MIN_SEALED_BYTES) {
            throw new SecretUnsealingException("The stored secret is too short to be sealed with AES-256-GCM");
        }
        SealingKey key = keyOf(value);
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(
                    Cipher.DECRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, value, HEADER_BYTES, NONCE_BYTES));
            cipher.updateAAD(value, 0, HEADER_BYTES);
            int start = HEADER_BYTES + NONCE_BYTES;
            return cipher.doFinal(value, start, value.length - start);
        } catch (AEADBadTagException e) {
            throw new SecretUnsealingException(
                    "The stored secret fails its AES-GCM integrity check: it was altered after it was sealed", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JDK ships " + CIPHER, e);
        }
    }

    /** Values stored without encryption, and values under a key that is no longer the current one. */
    @Override
    public boolean needsReseal(SealedSecret sealed) {
        byte[] value = sealed.value();
        return !SealFormat.AES_256_GCM.marks(value)
                || value.length < HEADER_BYTES
                || ByteBuffer.wrap(value, 1, KEY_ID_BYTES).getInt() != current.id();
    }

    private SealingKey keyOf(byte[] value) {
        int id = ByteBuffer.wrap(value, 1, KEY_ID_BYTES).getInt();
        SealingKey key = keysById.get(id);
        if (key == null) {
            throw new SecretUnsealingException("The stored secret is sealed with a key (id " + SealingKey.hex(id)
                    + ") that is neither " + KEY_VARIABLE + " nor among " + PREVIOUS_KEYS_VARIABLE);
        }
        return key;
    }

    private static byte[] header(int keyId) {
        return ByteBuffer.allocate(HEADER_BYTES)
                .put(SealFormat.AES_256_GCM.marker())
                .putInt(keyId)
                .array();
    }

    /** An AES key and the id sealed values name it by. */
    private record SealingKey(int id, SecretKeySpec key) {
        /** Refused without a word of the text itself: it is the key. */
        static SealingKey parse(String base64, String variable) {
            String hint = variable + " must be the Base64 of " + KEY_BYTES
                    + " random bytes (for example: openssl rand -base64 " + KEY_BYTES + ")";
            if (base64 == null || base64.isBlank()) {
                throw new IllegalArgumentException(hint + "; it is empty");
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(base64.strip());
            } catch (IllegalArgumentException notBase64) {
                // The decoder's message quotes the offending character: not passed on.
                throw new IllegalArgumentException(hint + "; it is not Base64");
            }
            if (bytes.length != KEY_BYTES) {
                throw new IllegalArgumentException(hint + "; it decodes to " + bytes.length + " bytes");
            }
            return new SealingKey(idOf(bytes), new SecretKeySpec(bytes, "AES"));
        }

        private static int idOf(byte[] key) {
            try {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                sha256.update(KEY_ID_LABEL);
                return ByteBuffer.wrap(sha256.digest(key)).getInt();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Every JDK ships SHA-256", e);
            }
        }

        static String hex(int id) {
            return HexFormat.of().toHexDigits(id);
        }

        @Override
        public String toString() {
            return "SealingKey[id=" + hex(id) + "]";
        }
    }
}
