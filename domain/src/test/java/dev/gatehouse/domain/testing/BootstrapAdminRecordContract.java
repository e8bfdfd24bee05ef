package dev.gatehouse.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.port.out.BootstrapAdminRecord;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What every {@link BootstrapAdminRecord} must do; each test starts from an empty store. */
public abstract class BootstrapAdminRecordContract {
    // Microseconds: what PostgreSQL's timestamptz keeps.
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00.123456Z");

    protected abstract BootstrapAdminRecord record();

    /** Runs {@code work} in a transaction where the store needs one; the fake just runs it. */
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    @Test
    void remembersTheFirstCreationOnly() {
        assertThat(record().createdAt()).isEmpty();

        assertThat(inTransaction(() -> record().recordCreated(T0))).isTrue();
        assertThat(inTransaction(() -> record().recordCreated(T0.plusSeconds(60))))
                .isFalse();

        assertThat(record().createdAt()).contains(T0);
    }
}
