package dev.gatehouse.domain.user;

import java.util.Objects;

/** The stored, one-way hash of a password. Never printed. */
public record PasswordHash(String value) {
    public PasswordHash {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "PasswordHash[redacted]";
    }
}
