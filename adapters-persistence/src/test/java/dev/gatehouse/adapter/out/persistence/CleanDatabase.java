package dev.gatehouse.adapter.out.persistence;

import dev.gatehouse.adapter.out.persistence.jooq.DefaultSchema;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Every {@link PersistenceIT} class shares one database, so each test starts by emptying it
 * (Flyway's history is not in the generated schema and stays). Not a rolled-back transaction per
 * test: the tests are about commits, rollbacks and overlapping transactions. As an extension it
 * runs before every {@code @BeforeEach} method, a contract superclass's too, so what those store
 * is kept.
 */
final class CleanDatabase implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        DSLContext dsl = SpringExtension.getApplicationContext(context).getBean(DSLContext.class);
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            dsl.truncate(table).cascade().execute();
        }
    }
}
