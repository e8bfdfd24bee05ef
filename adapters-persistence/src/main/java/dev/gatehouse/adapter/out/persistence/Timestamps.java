package dev.gatehouse.adapter.out.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The domain speaks {@link Instant}; jOOQ maps timestamptz to {@link OffsetDateTime}. */
final class Timestamps {
    private Timestamps() {}

    static OffsetDateTime toColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant fromColumn(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
