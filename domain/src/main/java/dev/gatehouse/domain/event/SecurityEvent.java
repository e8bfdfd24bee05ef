package dev.gatehouse.domain.event;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Something security-relevant that happened. {@code userId} is the account it is about,
 * {@code actorId} who did it (both may be null); {@code details} is small, and never holds a
 * password, token or hash.
 */
public record SecurityEvent(
        SecurityEventType type,
        Instant occurredAt,
        UserId userId,
        UserId actorId,
        ClientInfo client,
        Map<String, String> details) {
    public SecurityEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        client = client == null ? ClientInfo.unknown() : client;
        details = Map.copyOf(details);
    }
}
