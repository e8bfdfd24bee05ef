package dev.gatehouse.domain.mfa;

import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A set of {@value #COUNT} recovery codes, each usable once; a new set replaces the old one whole.
 * The codes are shown once, when the set is made ({@link #displayed()}); only their
 * {@linkplain #hashes() hashes} are kept. Never printed.
 */
public record RecoveryCodes(List<RecoveryCode> codes) {
    public static final int COUNT = 10;

    public RecoveryCodes {
        codes = List.copyOf(codes);
        if (codes.size() != COUNT || Set.copyOf(codes).size() != COUNT) {
            throw new IllegalArgumentException("A set holds " + COUNT + " different recovery codes");
        }
    }

    public static RecoveryCodes generate(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        // Two equal codes among ten of 125 bits will not happen; the set makes sure anyway.
        Set<RecoveryCode> codes = new LinkedHashSet<>();
        while (codes.size() < COUNT) {
            codes.add(RecoveryCode.generate(random));
        }
        return new RecoveryCodes(List.copyOf(codes));
    }

    /** The codes as the user is shown them, this once. */
    public List<String> displayed() {
        return codes.stream().map(RecoveryCode::display).toList();
    }

    /** What is stored: one hash per code, in the same order. */
    public List<RecoveryCodeHash> hashes() {
        return codes.stream().map(RecoveryCodeHash::of).toList();
    }

    @Override
    public String toString() {
        return "RecoveryCodes[" + codes.size() + " redacted]";
    }
}
