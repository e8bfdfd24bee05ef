package dev.gatehouse.domain.password;

import dev.gatehouse.domain.common.InvalidInputException;

/**
 * A password as typed, in memory only for the length of a request. Never printed. Whether it is
 * acceptable as a new password is {@link PasswordPolicy}'s decision, not this type's.
 */
public record Password(String value) {
    public Password {
        if (value == null || value.isEmpty()) {
            throw new InvalidInputException("password", "must not be empty");
        }
    }

    @Override
    public String toString() {
        return "Password[redacted]";
    }
}
