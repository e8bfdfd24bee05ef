package dev.gatehouse.bootstrap;

import dev.gatehouse.domain.port.in.audit.PurgeExpiredRecordsUseCase;
import dev.gatehouse.domain.port.in.auth.PurgeEndedSessionsUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes ended sessions, audit events past their retention, idle failed-login records and signing
 * keys past their verification window, on
 * every instance, every {@code app.auth.session-purge-interval}. No leader election: the purges
 * are idempotent deletes that skip rows another instance holds, so instances running them at the
 * same time only find less to delete.
 */
class HousekeepingSchedule {
    private static final Logger log = LoggerFactory.getLogger(HousekeepingSchedule.class);

    private final PurgeEndedSessionsUseCase purgeEndedSessions;
    private final PurgeExpiredRecordsUseCase purgeExpiredRecords;

    HousekeepingSchedule(PurgeEndedSessionsUseCase purgeEndedSessions, PurgeExpiredRecordsUseCase purgeExpiredRecords) {
        this.purgeEndedSessions = purgeEndedSessions;
        this.purgeExpiredRecords = purgeExpiredRecords;
    }

    @Scheduled(
            initialDelayString = "${app.auth.session-purge-interval:PT10M}",
            fixedDelayString = "${app.auth.session-purge-interval:PT10M}")
    void purge() {
        try {
            int sessions = purgeEndedSessions.purgeEndedSessions();
            int records = purgeExpiredRecords.purgeExpiredRecords();
            if (sessions + records > 0) {
                log.info(
                        "Purged {} ended sessions and {} expired audit, failed-login or signing-key records",
                        sessions,
                        records);
            }
        } catch (RuntimeException failure) {
            // The next run tries again; a scheduler thread must not die of a database blip.
            log.warn("Housekeeping failed; will retry at the next interval", failure);
        }
    }
}
