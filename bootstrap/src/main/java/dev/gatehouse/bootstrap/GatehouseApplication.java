package dev.gatehouse.bootstrap;

import dev.gatehouse.adapter.in.rest.RestAdapterConfiguration;
import dev.gatehouse.adapter.out.persistence.PersistenceConfiguration;
import dev.gatehouse.domain.port.in.admin.EnsureBootstrapAdminUseCase;
import dev.gatehouse.domain.port.in.audit.PurgeExpiredAuditEventsUseCase;
import dev.gatehouse.domain.port.in.auth.PurgeEndedSessionsUseCase;
import dev.gatehouse.domain.port.in.auth.PurgeIdleLoginThrottlesUseCase;
import dev.gatehouse.domain.port.in.key.PurgeRetiredSigningKeysUseCase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts Gatehouse. No component scanning: the use cases and each adapter module come in through
 * one explicit configuration each, so what runs is what is listed here.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableConfigurationProperties(GatehouseProperties.class)
@EnableScheduling
@Import({
    UseCaseConfiguration.class,
    PersistenceConfiguration.class,
    SecurityAdapterConfiguration.class,
    RestAdapterConfiguration.class,
    MetricsConfiguration.class
})
public class GatehouseApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatehouseApplication.class, args);
    }

    @Bean
    HousekeepingSchedule housekeepingSchedule(
            PurgeEndedSessionsUseCase purgeEndedSessions,
            PurgeExpiredAuditEventsUseCase purgeExpiredAuditEvents,
            PurgeIdleLoginThrottlesUseCase purgeIdleLoginThrottles,
            PurgeRetiredSigningKeysUseCase purgeRetiredSigningKeys) {
        return new HousekeepingSchedule(
                purgeEndedSessions, purgeExpiredAuditEvents, purgeIdleLoginThrottles, purgeRetiredSigningKeys);
    }

    @Bean
    BootstrapAdminInitializer bootstrapAdminInitializer(
            EnsureBootstrapAdminUseCase ensureBootstrapAdmin, GatehouseProperties properties) {
        return new BootstrapAdminInitializer(
                ensureBootstrapAdmin, properties.bootstrap().admin());
    }
}
