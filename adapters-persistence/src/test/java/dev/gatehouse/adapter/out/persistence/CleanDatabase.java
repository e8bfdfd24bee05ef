package dev.gatehouse.adapter.out.persistence;

import dev.gatehouse.adapter.out.persistence.jooq.DefaultSchema;
import org.jooq.DSLContext;
import org.jooq.Table;

/** Each test class has its own database; its tests share it, so each one starts by emptying it. */
final class CleanDatabase {
    private CleanDatabase() {
    }

    static void truncateAllTables(DSLContext dsl) {
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            dsl.truncate(table).cascade().execute();
        }
    }
}
