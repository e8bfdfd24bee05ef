package dev.gatehouse.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gatehouse.domain.port.in.audit.PurgeExpiredAuditEventsUseCase;
import dev.gatehouse.domain.port.in.auth.PurgeEndedSessionsUseCase;
import dev.gatehouse.domain.port.in.auth.PurgeIdleLoginThrottlesUseCase;
import dev.gatehouse.domain.port.in.email.PurgeExpiredEmailTokensUseCase;
import dev.gatehouse.domain.port.in.key.PurgeRetiredSigningKeysUseCase;
import dev.gatehouse.domain.port.in.mail.PurgeFinishedMailUseCase;
import dev.gatehouse.domain.port.in.mfa.PurgeExpiredMfaChallengesUseCase;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.config.IntervalTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/** The purges run at the bound {@code app.housekeeping.purge-interval}, not at a copy of its default. */
class HousekeepingScheduleTest {
    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(CountingPurges.class, HousekeepingConfiguration.class);

    @Test
    void runsEveryPurgeAtTheConfiguredInterval() {
        context.withPropertyValues("app.housekeeping.purge-interval=PT0.1S").run(running -> {
            CountingPurges purges = running.getBean(CountingPurges.class);

            assertThat(scheduledInterval(running.getBean(ScheduledTaskHolder.class)))
                    .isEqualTo(Duration.ofMillis(100));
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                assertThat(purges.sessions.get()).isGreaterThanOrEqualTo(2);
                assertThat(purges.auditEvents.get()).isGreaterThanOrEqualTo(2);
                assertThat(purges.loginThrottles.get()).isGreaterThanOrEqualTo(2);
                assertThat(purges.signingKeys.get()).isGreaterThanOrEqualTo(2);
                assertThat(purges.mfaChallenges.get()).isGreaterThanOrEqualTo(2);
                assertThat(purges.emailTokens.get()).isGreaterThanOrEqualTo(2);
                assertThat(purges.finishedMail.get()).isGreaterThanOrEqualTo(2);
            });
        });
    }

    @Test
    void waitsTheDefaultIntervalWhenNoneIsConfigured() {
        context.run(running -> {
            IntervalTask task = scheduledTask(running.getBean(ScheduledTaskHolder.class));

            assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofMinutes(10));
            assertThat(task.getInitialDelayDuration()).isEqualTo(Duration.ofMinutes(10));
            assertThat(running.getBean(CountingPurges.class).sessions.get()).isZero();
        });
    }

    @Test
    void refusesAnIntervalThatIsNotPositive() {
        context.withPropertyValues("app.housekeeping.purge-interval=PT0S")
                .run(running -> assertThat(running)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("app.housekeeping.purge-interval"));
    }

    @Test
    void refusesToStartWhenTheIntervalIsSetUnderItsOldName() {
        context.withPropertyValues("app.auth.session-purge-interval=PT1M")
                .run(running -> assertThat(running)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("app.auth.session-purge-interval")
                        .hasMessageContaining("APP_HOUSEKEEPING_PURGE_INTERVAL"));
    }

    private static Duration scheduledInterval(ScheduledTaskHolder scheduler) {
        return scheduledTask(scheduler).getIntervalDuration();
    }

    private static IntervalTask scheduledTask(ScheduledTaskHolder scheduler) {
        assertThat(scheduler.getScheduledTasks()).hasSize(1);
        return (IntervalTask) scheduler.getScheduledTasks().iterator().next().getTask();
    }

    /** The seven purges, counting their runs; and the properties, bound as the application binds them. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(GatehouseProperties.class)
    static class CountingPurges {
        final AtomicInteger sessions = new AtomicInteger();
        final AtomicInteger auditEvents = new AtomicInteger();
        final AtomicInteger loginThrottles = new AtomicInteger();
        final AtomicInteger signingKeys = new AtomicInteger();
        final AtomicInteger mfaChallenges = new AtomicInteger();
        final AtomicInteger emailTokens = new AtomicInteger();
        final AtomicInteger finishedMail = new AtomicInteger();

        @Bean
        PurgeEndedSessionsUseCase purgeEndedSessions() {
            return sessions::incrementAndGet;
        }

        @Bean
        PurgeExpiredAuditEventsUseCase purgeExpiredAuditEvents() {
            return auditEvents::incrementAndGet;
        }

        @Bean
        PurgeIdleLoginThrottlesUseCase purgeIdleLoginThrottles() {
            return loginThrottles::incrementAndGet;
        }

        @Bean
        PurgeRetiredSigningKeysUseCase purgeRetiredSigningKeys() {
            return signingKeys::incrementAndGet;
        }

        @Bean
        PurgeExpiredMfaChallengesUseCase purgeExpiredMfaChallenges() {
            return mfaChallenges::incrementAndGet;
        }

        @Bean
        PurgeExpiredEmailTokensUseCase purgeExpiredEmailTokens() {
            return emailTokens::incrementAndGet;
        }

        @Bean
        PurgeFinishedMailUseCase purgeFinishedMail() {
            return finishedMail::incrementAndGet;
        }
    }
}
