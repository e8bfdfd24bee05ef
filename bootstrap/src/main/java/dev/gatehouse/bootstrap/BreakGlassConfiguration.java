package dev.gatehouse.bootstrap;

import dev.gatehouse.adapter.out.persistence.PersistenceConfiguration;
import dev.gatehouse.application.email.mailing.SecurityNotices;
import dev.gatehouse.application.mfa.BreakGlassResetMfaService;
import dev.gatehouse.domain.port.in.mfa.BreakGlassResetMfaUseCase;
import dev.gatehouse.domain.port.out.MailOutbox;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import java.time.Clock;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * What the {@code reset-mfa} operator command runs on: Boot's database auto-configuration (the
 * data source from {@code SPRING_DATASOURCE_*}, Flyway, jOOQ, transactions), the persistence
 * adapter, and the one use case. No REST adapter, no signing keys, no scheduled work, no bootstrap
 * admin: nothing of the service runs. The use case is defined here only, so no HTTP path can reach
 * it. Its notice to the account goes to the outbox (the {@code app.mail} texts), for a running
 * instance's sender to deliver.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
@EnableConfigurationProperties(GatehouseProperties.class)
@Import({ClockConfiguration.class, PersistenceConfiguration.class})
class BreakGlassConfiguration {

    @Bean
    BreakGlassResetMfaUseCase breakGlassResetMfaUseCase(
            UserRepository users,
            SessionRepository sessions,
            MfaEnrolmentStore mfaEnrolments,
            MailOutbox mailOutbox,
            GatehouseProperties properties,
            SecurityEventLog securityEventLog,
            UnitOfWork unitOfWork,
            Clock clock) {
        SecurityNotices notices =
                new SecurityNotices(mailOutbox, EmailUseCaseConfiguration.mailComposer(properties.mail()));
        return new BreakGlassResetMfaService(
                users, sessions, mfaEnrolments, notices, securityEventLog, unitOfWork, clock);
    }
}
