package dev.gatehouse.bootstrap;

import dev.gatehouse.domain.port.in.audit.PurgeExpiredAuditEventsUseCase;
import dev.gatehouse.domain.port.in.auth.PurgeEndedSessionsUseCase;
import dev.gatehouse.domain.port.in.auth.PurgeIdleLoginThrottlesUseCase;
import dev.gatehouse.domain.port.in.email.PurgeExpiredEmailTokensUseCase;
import dev.gatehouse.domain.port.in.key.PurgeRetiredSigningKeysUseCase;
import dev.gatehouse.domain.port.in.mfa.PurgeExpiredMfaChallengesUseCase;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Deletes ended sessions, audit events past their retention, idle failed-login records, expired MFA
 * challenges (the second steps of logins), expired mailed tokens and signing keys past their
 * verification window, on every instance, every {@code interval} (the bound
 * {@code app.housekeeping.purge-interval}), first one interval after start-up. No leader election:
 * the purges are idempotent deletes that skip rows another instance holds, so instances running
 * them at the same time only find less to delete.
 */
class HousekeepingSchedule implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(HousekeepingSchedule.class);

    private final Duration interval;
    private final PurgeEndedSessionsUseCase purgeEndedSessions;
    private final PurgeExpiredAuditEventsUseCase purgeExpiredAuditEvents;
    private final PurgeIdleLoginThrottlesUseCase purgeIdleLoginThrottles;
    private final PurgeRetiredSigningKeysUseCase purgeRetiredSigningKeys;
    private final PurgeExpiredMfaChallengesUseCase purgeExpiredMfaChallenges;
    private final PurgeExpiredEmailTokensUseCase purgeExpiredEmailTokens;

    HousekeepingSchedule(
            Duration interval,
            PurgeEndedSessionsUseCase purgeEndedSessions,
            PurgeExpiredAuditEventsUseCase purgeExpiredAuditEvents,
            PurgeIdleLoginThrottlesUseCase purgeIdleLoginThrottles,
            PurgeRetiredSigningKeysUseCase purgeRetiredSigningKeys,
            PurgeExpiredMfaChallengesUseCase purgeExpiredMfaChallenges,
            PurgeExpiredEmailTokensUseCase purgeExpiredEmailTokens) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("app.housekeeping.purge-interval must be positive, is " + interval);
        }
        this.interval = interval;
        this.purgeEndedSessions = purgeEndedSessions;
        this.purgeExpiredAuditEvents = purgeExpiredAuditEvents;
        this.purgeIdleLoginThrottles = purgeIdleLoginThrottles;
        this.purgeRetiredSigningKeys = purgeRetiredSigningKeys;
        this.purgeExpiredMfaChallenges = purgeExpiredMfaChallenges;
        this.purgeExpiredEmailTokens = purgeExpiredEmailTokens;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::purge, interval, interval));
    }

    void purge() {
        try {
            int sessions = purgeEndedSessions.purgeEndedSessions();
            int auditEvents = purgeExpiredAuditEvents.purgeExpiredAuditEvents();
            int loginThrottles = purgeIdleLoginThrottles.purgeIdleLoginThrottles();
            int signingKeys = purgeRetiredSigningKeys.purgeRetiredSigningKeys();
            int mfaChallenges = purgeExpiredMfaChallenges.purgeExpiredMfaChallenges();
            int emailTokens = purgeExpiredEmailTokens.purgeExpiredEmailTokens();
            if (sessions + auditEvents + loginThrottles + signingKeys + mfaChallenges + emailTokens > 0) {
                log.info(
                        "Purged {} ended sessions, {} expired audit events, {} idle failed-login records,"
                                + " {} retired signing keys, {} expired MFA challenges and {} expired mailed tokens",
                        sessions,
                        auditEvents,
                        loginThrottles,
                        signingKeys,
                        mfaChallenges,
                        emailTokens);
            }
        } catch (RuntimeException failure) {
            // The next run tries again; a scheduler thread must not die of a database blip.
            log.warn("Housekeeping failed; will retry at the next interval", failure);
        }
    }
}
