package dev.gatehouse.bootstrap;

import dev.gatehouse.domain.port.in.PurgeEndedSessionsUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Purges ended sessions on every instance, every {@code app.auth.session-purge-interval}. No
 * leader election: the purge is a pair of idempotent deletes, so instances running it at the same
 * time only find less to delete.
 */
class SessionPurgeSchedule {
    private static final Logger log = LoggerFactory.getLogger(SessionPurgeSchedule.class);

    private final PurgeEndedSessionsUseCase purgeEndedSessions;

    SessionPurgeSchedule(PurgeEndedSessionsUseCase purgeEndedSessions) {
        this.purgeEndedSessions = purgeEndedSessions;
    }

    @Scheduled(initialDelayString = "${app.auth.session-purge-interval:PT10M}",
            fixedDelayString = "${app.auth.session-purge-interval:PT10M}")
    void purge() {
        try {
            int purged = purgeEndedSessions.purgeEndedSessions();
            if (purged > 0) {
                log.info("Purged {} ended sessions", purged);
            }
        } catch (RuntimeException failure) {
            // The next run tries again; a scheduler thread must not die of a database blip.
            log.warn("Purging ended sessions failed; will retry at the next interval", failure);
        }
    }
}
