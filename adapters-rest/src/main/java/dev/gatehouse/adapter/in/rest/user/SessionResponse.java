package dev.gatehouse.adapter.in.rest.user;

import dev.gatehouse.adapter.in.rest.common.Timestamps;
import dev.gatehouse.domain.session.Session;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** One of the caller's live sessions: a login on one client. Never its refresh tokens. */
@Schema(name = "Session")
public record SessionResponse(
        UUID id,

        @Schema(format = "date-time", example = "2026-11-27T10:15:30.123Z")
        String createdAt,

        @Schema(format = "date-time", example = "2026-11-27T10:15:30.123Z", description = "The last login or refresh")
        String lastUsedAt,

        @Schema(
                format = "date-time",
                example = "2026-12-27T10:15:30.123Z",
                description = "When the session ends at the latest, however often it is refreshed")
        String expiresAt,

        @Schema(
                example = "203.0.113.7",
                types = {"string", "null"})
        String ip,

        @Schema(
                example = "Mozilla/5.0",
                types = {"string", "null"})
        String userAgent,

        @Schema(description = "Whether this is the session of the access token that asked")
        boolean current) {

    public static SessionResponse of(Session session, boolean current) {
        return new SessionResponse(
                session.id().value(),
                Timestamps.format(session.createdAt()),
                Timestamps.format(session.lastUsedAt()),
                Timestamps.format(session.expiresAt()),
                session.client().ip(),
                session.client().userAgent(),
                current);
    }
}
