package dev.gatehouse.application.audit;

import dev.gatehouse.domain.common.ResultPage;
import dev.gatehouse.domain.event.AuditEvent;
import dev.gatehouse.domain.port.in.audit.ListAuditEventsQuery;
import dev.gatehouse.domain.port.in.audit.ListAuditEventsUseCase;
import dev.gatehouse.domain.port.out.AuditEventQueries;

public final class ListAuditEventsService implements ListAuditEventsUseCase {
    private final AuditEventQueries auditEvents;

    public ListAuditEventsService(AuditEventQueries auditEvents) {
        this.auditEvents = auditEvents;
    }

    @Override
    public ResultPage<AuditEvent> listAuditEvents(ListAuditEventsQuery query) {
        return auditEvents.search(query.userId(), query.type(), query.pageRequest());
    }
}
