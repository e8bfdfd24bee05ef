package dev.gatehouse.bootstrap;

import dev.gatehouse.bootstrap.HousekeepingSchedule.Purge;
import dev.gatehouse.domain.port.in.audit.PurgeExpiredAuditEventsUseCase;
import dev.gatehouse.domain.port.in.auth.PurgeEndedSessionsUseCase;
import dev.gatehouse.domain.port.in.auth.PurgeIdleLoginThrottlesUseCase;
import dev.gatehouse.domain.port.in.email.PurgeExpiredEmailTokensUseCase;
import dev.gatehouse.domain.port.in.key.PurgeRetiredSigningKeysUseCase;
import dev.gatehouse.domain.port.in.mail.PurgeFinishedMailUseCase;
import dev.gatehouse.domain.port.in.mfa.PurgeExpiredMfaChallengesUseCase;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The scheduled purges: the only scheduled work there is, so scheduling is switched on here. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class HousekeepingConfiguration {
    /** The name the interval had before it drove every purge; a deployment still setting it is told, not ignored. */
    static final String RENAMED_PROPERTY = "app.auth.session-purge-interval";

    @Bean
    HousekeepingSchedule housekeepingSchedule(
            Environment environment,
            GatehouseProperties properties,
            PurgeEndedSessionsUseCase purgeEndedSessions,
            PurgeExpiredAuditEventsUseCase purgeExpiredAuditEvents,
            PurgeIdleLoginThrottlesUseCase purgeIdleLoginThrottles,
            PurgeRetiredSigningKeysUseCase purgeRetiredSigningKeys,
            PurgeExpiredMfaChallengesUseCase purgeExpiredMfaChallenges,
            PurgeExpiredEmailTokensUseCase purgeExpiredEmailTokens,
            PurgeFinishedMailUseCase purgeFinishedMail) {
        if (environment.containsProperty(RENAMED_PROPERTY)) {
            throw new IllegalStateException(RENAMED_PROPERTY
                    + " (APP_AUTH_SESSION_PURGE_INTERVAL) is now app.housekeeping.purge-interval"
                    + " (APP_HOUSEKEEPING_PURGE_INTERVAL), the interval of every purge: set that instead");
        }
        return new HousekeepingSchedule(
                properties.housekeeping().purgeInterval(),
                List.of(
                        new Purge("ended sessions", purgeEndedSessions::purgeEndedSessions),
                        new Purge("expired audit events", purgeExpiredAuditEvents::purgeExpiredAuditEvents),
                        new Purge("idle failed-login records", purgeIdleLoginThrottles::purgeIdleLoginThrottles),
                        new Purge("retired signing keys", purgeRetiredSigningKeys::purgeRetiredSigningKeys),
                        new Purge("expired MFA challenges", purgeExpiredMfaChallenges::purgeExpiredMfaChallenges),
                        new Purge("expired mailed tokens", purgeExpiredEmailTokens::purgeExpiredEmailTokens),
                        new Purge("delivered or given-up mails", purgeFinishedMail::purgeFinishedMail)));
    }
}
