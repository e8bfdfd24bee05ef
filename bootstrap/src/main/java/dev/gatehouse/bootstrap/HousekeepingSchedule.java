package dev.gatehouse.bootstrap;

import dev.gatehouse.domain.port.in.audit.PurgeExpiredAuditEventsUseCase;
import dev.gatehouse.domain.port.in.auth.PurgeEndedSessionsUseCase;
import dev.gatehouse.domain.port.in.auth.PurgeIdleLoginThrottlesUseCase;
import dev.gatehouse.domain.port.in.key.PurgeRetiredSigningKeysUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes ended sessions, audit events past their retention, idle failed-login records and signing
 * keys past their verification window, on every instance, every
 * {@code app.auth.session-purge-interval}. No leader election: the purges are idempotent deletes
 * that skip rows another instance holds, so instances running them at the same time only find less
 * to delete.
 */
class HousekeepingSchedule {
    private static final Logger log = LoggerFactory.getLogger(HousekeepingSchedule.class);

    private final PurgeEndedSessionsUseCase purgeEndedSessions;
    private final PurgeExpiredAuditEventsUseCase purgeExpiredAuditEvents;
    private final PurgeIdleLoginThrottlesUseCase purgeIdleLoginThrottles;
    private final PurgeRetiredSigningKeysUseCase purgeRetiredSigningKeys;

    HousekeepingSchedule(
            PurgeEndedSessionsUseCase purgeEndedSessions,
            PurgeExpiredAuditEventsUseCase purgeExpiredAuditEvents,
            PurgeIdleLoginThrottlesUseCase purgeIdleLoginThrottles,
            PurgeRetiredSigningKeysUseCase purgeRetiredSigningKeys) {
        this.purgeEndedSessions = purgeEndedSessions;
        this.purgeExpiredAuditEvents = purgeExpiredAuditEvents;
        this.purgeIdleLoginThrottles = purgeIdleLoginThrottles;
        this.purgeRetiredSigningKeys = purgeRetiredSigningKeys;
    }

    @Scheduled(
            initialDelayString = "${app.auth.session-purge-interval:PT10M}",
            fixedDelayString = "${app.auth.session-purge-interval:PT10M}")
    void purge() {
        try {
            int sessions = purgeEndedSessions.purgeEndedSessions();
            int auditEvents = purgeExpiredAuditEvents.purgeExpiredAuditEvents();
            int loginThrottles = purgeIdleLoginThrottles.purgeIdleLoginThrottles();
            int signingKeys = purgeRetiredSigningKeys.purgeRetiredSigningKeys();
            if (sessions + auditEvents + loginThrottles + signingKeys > 0) {
                log.info(
                        "Purged {} ended sessions, {} expired audit events, {} idle failed-login records"
                                + " and {} retired signing keys",
                        sessions,
                        auditEvents,
                        loginThrottles,
                        signingKeys);
            }
        } catch (RuntimeException failure) {
            // The next run tries again; a scheduler thread must not die of a database blip.
            log.warn("Housekeeping failed; will retry at the next interval", failure);
        }
    }
}
