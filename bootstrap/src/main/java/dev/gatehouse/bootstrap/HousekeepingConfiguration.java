package dev.gatehouse.bootstrap;

import dev.gatehouse.domain.port.in.audit.PurgeExpiredAuditEventsUseCase;
import dev.gatehouse.domain.port.in.auth.PurgeEndedSessionsUseCase;
import dev.gatehouse.domain.port.in.auth.PurgeIdleLoginThrottlesUseCase;
import dev.gatehouse.domain.port.in.key.PurgeRetiredSigningKeysUseCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The scheduled purges: the only scheduled work there is, so scheduling is switched on here. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class HousekeepingConfiguration {

    @Bean
    HousekeepingSchedule housekeepingSchedule(
            GatehouseProperties properties,
            PurgeEndedSessionsUseCase purgeEndedSessions,
            PurgeExpiredAuditEventsUseCase purgeExpiredAuditEvents,
            PurgeIdleLoginThrottlesUseCase purgeIdleLoginThrottles,
            PurgeRetiredSigningKeysUseCase purgeRetiredSigningKeys) {
        return new HousekeepingSchedule(
                properties.housekeeping().purgeInterval(),
                purgeEndedSessions,
                purgeExpiredAuditEvents,
                purgeIdleLoginThrottles,
                purgeRetiredSigningKeys);
    }
}
