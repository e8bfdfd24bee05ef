package dev.gatehouse.domain.port.in.audit;

import dev.gatehouse.domain.common.ResultPage;
import dev.gatehouse.domain.event.AuditEvent;

public interface ListAuditEventsUseCase {
    /** Newest first. */
    ResultPage<AuditEvent> listAuditEvents(ListAuditEventsQuery query);
}
