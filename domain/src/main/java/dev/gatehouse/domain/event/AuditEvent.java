package dev.gatehouse.domain.event;

import java.util.Objects;
import java.util.UUID;

/** A recorded security event, as the audit log lists it. */
public record AuditEvent(UUID id, SecurityEvent event) {
    public AuditEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
    }
}
