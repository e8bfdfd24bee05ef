package dev.gatehouse.adapter.in.rest.common;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Parses ids taken from the path as text. Endpoints take them as text, not UUID, so that the
 * role check runs before anything about the id is revealed (a USER gets 403, not 400).
 */
public final class PathIds {
    // UUID.fromString accepts shortened forms like "1-1-1-1-1"; ids are only ever the canonical form.
    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private PathIds() {}

    /** @throws InvalidIdException when the text is not a UUID */
    public static UUID parse(String text) {
        if (text == null || !CANONICAL.matcher(text).matches()) {
            throw new InvalidIdException();
        }
        return UUID.fromString(text);
    }
}
