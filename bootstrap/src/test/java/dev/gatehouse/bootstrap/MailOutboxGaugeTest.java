package dev.gatehouse.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.common.StoreUnavailableException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The backlog gauges, {@code gatehouse_mail_outbox_pending} and {@code
 * gatehouse_password_reset_requests_waiting}: the count, and NaN rather than a failed scrape while
 * the database is away.
 */
class MailOutboxGaugeTest {

    @Test
    void readsThePendingCountAndNaNWhileTheDatabaseIsDown() {
        AtomicBoolean databaseDown = new AtomicBoolean();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new MetricsConfiguration()
                .mailOutboxMeters(() -> {
                    if (databaseDown.get()) {
                        throw new StoreUnavailableException(new SQLException("refused"));
                    }
                    return 3;
                })
                .bindTo(registry);

        assertThat(registry.get("gatehouse.mail.outbox.pending").gauge().value())
                .isEqualTo(3.0);
        databaseDown.set(true);
        assertThat(registry.get("gatehouse.mail.outbox.pending").gauge().value())
                .isNaN();
    }

    @Test
    void readsTheWaitingResetRequestsAndNaNWhileTheDatabaseIsDown() {
        AtomicBoolean databaseDown = new AtomicBoolean();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new MetricsConfiguration()
                .passwordResetRequestMeters(() -> {
                    if (databaseDown.get()) {
                        throw new StoreUnavailableException(new SQLException("refused"));
                    }
                    return 2;
                })
                .bindTo(registry);

        assertThat(registry.get("gatehouse.password.reset.requests.waiting")
                        .gauge()
                        .value())
                .isEqualTo(2.0);
        databaseDown.set(true);
        assertThat(registry.get("gatehouse.password.reset.requests.waiting")
                        .gauge()
                        .value())
                .isNaN();
    }
}
