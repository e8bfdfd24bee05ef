package dev.gatehouse.domain.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that random tokens and codes are stored as. A fast hash is enough for a value with at
 * least 112 bits of entropy: nobody can search that space, so there is nothing for a slow one to
 * slow down.
 */
public final class Sha256 {
    private Sha256() {}

    /** Lower-case hex SHA-256 of {@code text}'s UTF-8 bytes. */
    public static String hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK ships SHA-256", e);
        }
    }
}
