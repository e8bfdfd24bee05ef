package dev.gatehouse.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.common.StoreUnavailableException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** {@code gatehouse_mail_outbox_pending}: the backlog, and NaN rather than a failed scrape while the database is away. */
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
}
