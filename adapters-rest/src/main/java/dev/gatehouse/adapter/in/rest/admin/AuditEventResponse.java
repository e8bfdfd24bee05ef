package dev.gatehouse.adapter.in.rest.admin;

import dev.gatehouse.adapter.in.rest.common.Timestamps;
import dev.gatehouse.domain.event.AuditEvent;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.user.UserId;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** One entry of the audit log. Never a password, token or hash: the domain keeps them out of events. */
@Schema(name = "AuditEvent")
public record AuditEventResponse(
        UUID id,
        SecurityEventType type,

        @Schema(format = "date-time", example = "2026-11-27T10:15:30.123Z")
        String occurredAt,

        @Schema(
                types = {"string", "null"},
                format = "uuid",
                description = "The account the event is about (for a failed login of a known email, that account)")
        UUID userId,

        @Schema(
                types = {"string", "null"},
                format = "uuid",
                description = "The account that did it, when known")
        UUID actorId,

        @Schema(
                types = {"string", "null"},
                example = "203.0.113.7")
        String ip,

        @Schema(
                types = {"string", "null"},
                example = "Mozilla/5.0")
        String userAgent,

        @Schema(description = "Small details of the event, by name; may be empty")
        Map<String, String> details) {

    public static AuditEventResponse of(AuditEvent entry) {
        SecurityEvent event = entry.event();
        return new AuditEventResponse(
                entry.id(),
                event.type(),
                Timestamps.format(event.occurredAt()),
                idOf(event.userId()),
                idOf(event.actorId()),
                event.client().ip(),
                event.client().userAgent(),
                new TreeMap<>(event.details()));
    }

    private static UUID idOf(UserId user) {
        return user == null ? null : user.value();
    }
}
