package dev.gatehouse.application.audit;

import dev.gatehouse.domain.port.in.PurgeExpiredRecordsUseCase;
import dev.gatehouse.domain.port.out.AuditEventQueries;
import dev.gatehouse.domain.port.out.LoginThrottleStore;
import dev.gatehouse.domain.port.out.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes audit events older than the retention, and failed-login records idle for
 * {@link #THROTTLE_IDLE} (which also lets a name's lock escalation start over after a quiet day).
 */
public final class PurgeExpiredRecordsService implements PurgeExpiredRecordsUseCase {
    static final Duration THROTTLE_IDLE = Duration.ofDays(1);

    private final AuditEventQueries auditEvents;
    private final LoginThrottleStore throttles;
    private final UnitOfWork unitOfWork;
    private final Duration auditRetention;
    private final Clock clock;

    public PurgeExpiredRecordsService(AuditEventQueries auditEvents, LoginThrottleStore throttles, UnitOfWork unitOfWork,
                                      Duration auditRetention, Clock clock) {
        this.auditEvents = auditEvents;
        this.throttles = throttles;
        this.unitOfWork = unitOfWork;
        this.auditRetention = auditRetention;
        this.clock = clock;
    }

    @Override
    public int purgeExpiredRecords() {
        Instant now = clock.instant();
        int events = unitOfWork.inTransaction(() -> auditEvents.purgeOccurredBefore(now.minus(auditRetention)));
        int throttleRecords = unitOfWork.inTransaction(() -> throttles.purgeIdle(now.minus(THROTTLE_IDLE)));
        return events + throttleRecords;
    }
}
