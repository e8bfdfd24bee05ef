package dev.gatehouse.adapter.out.persistence;

import static dev.gatehouse.adapter.out.persistence.Timestamps.fromColumn;
import static dev.gatehouse.adapter.out.persistence.Timestamps.toColumn;
import static dev.gatehouse.adapter.out.persistence.jooq.Tables.BOOTSTRAP_ADMIN;

import dev.gatehouse.domain.port.out.BootstrapAdminRecord;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/** The one row of {@code bootstrap_admin}, present once the bootstrap admin was created. */
final class JooqBootstrapAdminRecord implements BootstrapAdminRecord {
    private final DSLContext dsl;

    JooqBootstrapAdminRecord(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Instant> createdAt() {
        return dsl.select(BOOTSTRAP_ADMIN.CREATED_AT)
                .from(BOOTSTRAP_ADMIN)
                .fetchOptional(row -> fromColumn(row.value1()));
    }

    /**
     * No look-up first: the primary key alone decides. A concurrent insert makes this one wait
     * until it commits (then nothing is inserted) or rolls back (then this one is).
     */
    @Override
    public boolean recordCreated(Instant at) {
        return dsl.insertInto(BOOTSTRAP_ADMIN)
                        .set(BOOTSTRAP_ADMIN.ONLY_ROW, true)
                        .set(BOOTSTRAP_ADMIN.CREATED_AT, toColumn(at))
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }
}
