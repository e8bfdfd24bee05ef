package dev.gatehouse.domain.port.in.audit;

import dev.gatehouse.domain.common.PageRequest;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.user.UserId;
import java.util.Objects;

/** {@code userId} and {@code type} are optional (null). */
public record ListAuditEventsQuery(PageRequest pageRequest, UserId userId, SecurityEventType type) {
    public ListAuditEventsQuery {
        Objects.requireNonNull(pageRequest, "pageRequest");
    }
}
