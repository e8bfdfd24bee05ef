package dev.gatehouse.bootstrap;

import dev.gatehouse.adapter.out.metrics.MicrometerAuthenticationMetrics;
import dev.gatehouse.adapter.out.persistence.TransactionSlots;
import dev.gatehouse.adapter.out.security.BoundedPasswordHasher;
import dev.gatehouse.domain.port.in.email.CountWaitingPasswordResetRequestsUseCase;
import dev.gatehouse.domain.port.in.mail.CountPendingMailUseCase;
import dev.gatehouse.domain.port.out.AuthenticationMetrics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What {@code /actuator/prometheus} shows beyond Spring Boot's own HTTP and JVM meters: login and
 * refresh outcomes (the metrics adapter), the password-hashing pool, read from the pool's own
 * counters when scraped so that hashing pays nothing extra for being measured, the transactions
 * waiting for a slot, and the mail outbox's backlog.
 */
@Configuration(proxyBeanMethods = false)
public class MetricsConfiguration {

    @Bean
    AuthenticationMetrics authenticationMetrics(MeterRegistry registry) {
        return new MicrometerAuthenticationMetrics(registry);
    }

    /**
     * {@code gatehouse_password_hash_seconds{operation="hash"|"verify"}} (count and sum),
     * {@code gatehouse_password_hashing_waiting} and {@code gatehouse_password_hashing_refusals_total}.
     */
    @Bean
    MeterBinder passwordHashingMeters(BoundedPasswordHasher pool) {
        return registry -> {
            hashTimer(pool.hashing(), "hash", "Time spent computing new password hashes")
                    .register(registry);
            hashTimer(pool.verifying(), "verify", "Time spent verifying passwords against stored hashes")
                    .register(registry);
            Gauge.builder("gatehouse.password.hashing.waiting", pool, BoundedPasswordHasher::waiting)
                    .description("Requests waiting for a password-hashing worker")
                    .register(registry);
            FunctionCounter.builder("gatehouse.password.hashing.refusals", pool, BoundedPasswordHasher::refusals)
                    .description("Requests answered 503 because no password-hashing worker came free in time")
                    .register(registry);
        };
    }

    /**
     * {@code gatehouse_transactions_waiting}: transactions waiting for a slot, holding no connection
     * (see {@code APP_PERSISTENCE_CONNECTIONS_KEPT_FOR_READS}). Above zero for long, the database is
     * slower than the writes asked of it.
     */
    @Bean
    MeterBinder transactionSlotMeters(TransactionSlots slots) {
        return registry -> Gauge.builder("gatehouse.transactions.waiting", slots, TransactionSlots::waiting)
                .description("Transactions waiting for a slot, holding no database connection")
                .register(registry);
    }

    /**
     * {@code gatehouse_mail_outbox_pending}: mail neither delivered nor given up, counted in the
     * database at each scrape. While the database cannot answer, the gauge reads NaN (Prometheus's
     * "no value") rather than failing the whole scrape.
     */
    @Bean
    MeterBinder mailOutboxMeters(CountPendingMailUseCase countPendingMail) {
        return registry -> Gauge.builder(
                        "gatehouse.mail.outbox.pending", countPendingMail, count -> countOrNaN(count::countPendingMail))
                .description("Mails in the outbox that are neither delivered nor given up")
                .strongReference(true)
                .register(registry);
    }

    /**
     * {@code gatehouse_password_reset_requests_waiting}: reset requests queued and not answered yet,
     * counted in the database at each scrape (NaN while it cannot answer). The workers answer within
     * about half a second, so a value that stays above zero means they cannot.
     */
    @Bean
    MeterBinder passwordResetRequestMeters(CountWaitingPasswordResetRequestsUseCase countWaiting) {
        return registry -> Gauge.builder(
                        "gatehouse.password.reset.requests.waiting",
                        countWaiting,
                        count -> countOrNaN(count::countWaitingPasswordResetRequests))
                .description("Password-reset requests queued and not answered yet")
                .strongReference(true)
                .register(registry);
    }

    private static double countOrNaN(LongSupplier count) {
        try {
            return count.getAsLong();
        } catch (RuntimeException databaseUnavailable) {
            return Double.NaN;
        }
    }

    private static FunctionTimer.Builder<BoundedPasswordHasher.Timing> hashTimer(
            BoundedPasswordHasher.Timing timing, String operation, String description) {
        return FunctionTimer.builder(
                        "gatehouse.password.hash",
                        timing,
                        BoundedPasswordHasher.Timing::count,
                        BoundedPasswordHasher.Timing::totalSeconds,
                        TimeUnit.SECONDS)
                .description(description)
                .tag("operation", operation);
    }
}
