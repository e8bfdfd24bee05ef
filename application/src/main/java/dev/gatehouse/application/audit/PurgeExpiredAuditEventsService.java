package dev.gatehouse.application.audit;

import dev.gatehouse.domain.port.in.audit.PurgeExpiredAuditEventsUseCase;
import dev.gatehouse.domain.port.out.AuditEventQueries;
import dev.gatehouse.domain.port.out.UnitOfWork;
import java.time.Clock;
import java.time.Duration;

/** Deletes audit events that occurred longer ago than the configured retention. */
public final class PurgeExpiredAuditEventsService implements PurgeExpiredAuditEventsUseCase {
    private final AuditEventQueries auditEvents;
    private final UnitOfWork unitOfWork;
    private final Duration retention;
    private final Clock clock;

    public PurgeExpiredAuditEventsService(
            AuditEventQueries auditEvents, UnitOfWork unitOfWork, Duration retention, Clock clock) {
        this.auditEvents = auditEvents;
        this.unitOfWork = unitOfWork;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public int purgeExpiredAuditEvents() {
        return unitOfWork.inTransaction(
                () -> auditEvents.purgeOccurredBefore(clock.instant().minus(retention)));
    }
}
