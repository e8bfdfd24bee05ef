package dev.gatehouse.domain.event;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Something security-relevant that happened. {@code userId} is the account it is about,
 * {@code actorId} who did it (both may be null); {@code details} is small, and never holds a
 * password, token or hash. The use cases record events through the factories, which say who acted;
 * the constructor is for a store that reads events back.
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

    /** The account acted on itself (logged in, refreshed, changed its own profile or password, ...). */
    public static SecurityEvent bySelf(
            SecurityEventType type, Instant occurredAt, UserId user, ClientInfo client, Map<String, String> details) {
        return new SecurityEvent(type, occurredAt, user, user, client, details);
    }

    /**
     * No known account acted: a failed or refused attempt, a replayed token, the deployment's own
     * configuration. {@code subject} is the account concerned, if any.
     */
    public static SecurityEvent unattributed(
            SecurityEventType type,
            Instant occurredAt,
            UserId subject,
            ClientInfo client,
            Map<String, String> details) {
        return new SecurityEvent(type, occurredAt, subject, null, client, details);
    }

    /** An administrator acted on {@code subject}, or on no account at all (null), like a key rotation. */
    public static SecurityEvent byAdmin(
            SecurityEventType type,
            Instant occurredAt,
            UserId subject,
            UserId admin,
            ClientInfo client,
            Map<String, String> details) {
        return new SecurityEvent(type, occurredAt, subject, admin, client, details);
    }
}
