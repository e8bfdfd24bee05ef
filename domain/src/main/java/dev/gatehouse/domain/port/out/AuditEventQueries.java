package dev.gatehouse.domain.port.out;

import dev.gatehouse.domain.common.PageRequest;
import dev.gatehouse.domain.common.ResultPage;
import dev.gatehouse.domain.event.AuditEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;

/** The read side of the audit log that {@link SecurityEventLog} writes. */
public interface AuditEventQueries {

    /** Newest first; both filters optional (null). */
    ResultPage<AuditEvent> search(UserId userId, SecurityEventType type, PageRequest pageRequest);

    /** Deletes events that occurred before {@code cutoff}; returns how many. */
    int purgeOccurredBefore(Instant cutoff);
}
