package dev.gatehouse.adapter.in.rest.common;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Timestamps as the contract writes them: ISO-8601 in UTC with exactly three fraction digits
 * ({@code 2026-11-27T10:15:30.123Z}), so clients see one fixed width whatever the stored precision.
 */
public final class Timestamps {
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {}

    public static String format(Instant instant) {
        return instant == null ? null : ISO_MILLIS.format(instant);
    }
}
