package dev.gatehouse.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.adapter.out.persistence.OverlappingTransactions.Outcomes;
import dev.gatehouse.domain.port.out.BootstrapAdminRecord;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.testing.BootstrapAdminRecordContract;
import java.time.Instant;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shared contract on real PostgreSQL, plus two instances recording at once. */
@PersistenceIT
class JooqBootstrapAdminRecordIT extends BootstrapAdminRecordContract {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final BootstrapAdminRecord record;
    private final UnitOfWork unitOfWork;
    private final DSLContext dsl;

    @Autowired
    JooqBootstrapAdminRecordIT(BootstrapAdminRecord record, UnitOfWork unitOfWork, DSLContext dsl) {
        this.record = record;
        this.unitOfWork = unitOfWork;
        this.dsl = dsl;
    }

    @Override
    protected BootstrapAdminRecord record() {
        return record;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    @Test
    void ofTwoConcurrentRecordingsExactlyOneWins() throws InterruptedException {
        Outcomes<Boolean, Boolean> outcomes = OverlappingTransactions.run(
                unitOfWork, dsl, () -> record.recordCreated(T0), () -> record.recordCreated(T0.plusSeconds(1)));

        assertThat(outcomes.first().value()).isTrue();
        assertThat(outcomes.second().value()).isFalse();
        assertThat(record.createdAt()).contains(T0);
    }
}
