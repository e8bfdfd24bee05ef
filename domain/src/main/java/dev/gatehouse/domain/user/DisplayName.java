package dev.gatehouse.domain.user;

import dev.gatehouse.domain.common.InvalidInputException;
import dev.gatehouse.domain.common.UnsafeCharacters;

/** How a person wants to be called: trimmed, 1 to 100 characters, no control characters. */
public record DisplayName(String value) {
    public static final int MAX_LENGTH = 100;

    public DisplayName {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("displayName", "must not be blank (send null to clear it)");
        }
        value = value.strip();
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new InvalidInputException("displayName", "must be at most " + MAX_LENGTH + " characters");
        }
        if (value.codePoints().anyMatch(DisplayName::isForbidden)) {
            throw new InvalidInputException("displayName", "must not contain control or formatting characters");
        }
    }

    private static boolean isForbidden(int codePoint) {
        int type = Character.getType(codePoint);
        return UnsafeCharacters.isUnsafe(codePoint) || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
    }

    @Override
    public String toString() {
        return value;
    }
}
