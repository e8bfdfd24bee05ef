package dev.gatehouse.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.adapter.out.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** V3 on a database that already holds accounts: the state upgrades start from. */
class AccessTokenCutOffMigrationIT {

    @Test
    void existingAccountsKeepTheirTokensAndNewRowsMayLeaveTheColumnOut() throws SQLException {
        TestDatabase database = TestDatabase.create();
        migrate(database, "2");
        UUID existing = UUID.randomUUID();
        try (Connection connection =
                DriverManager.getConnection(database.url(), database.username(), database.password())) {
            DSLContext sql = DSL.using(connection, SQLDialect.POSTGRES);
            sql.execute(
                    "INSERT INTO users (id, email, password_hash, created_at, updated_at) "
                            + "VALUES (?, 'before-v3@example.com', 'x', '2025-06-01T10:20:30.456789Z', now())",
                    existing);

            migrate(database, "3");

            assertThat(sql.resultQuery("SELECT tokens_valid_after FROM users WHERE id = ?", existing)
                            .fetchSingle()
                            .get(0, OffsetDateTime.class)
                            .toInstant())
                    .isEqualTo("2025-06-01T10:20:30Z");
            Record byHand = sql.resultQuery(
                            "INSERT INTO users (email, password_hash) VALUES ('by-hand@example.com', 'x') "
                                    + "RETURNING tokens_valid_after, date_trunc('second', created_at)")
                    .fetchSingle();
            assertThat(byHand.get(0, OffsetDateTime.class)).isNotNull().isEqualTo(byHand.get(1, OffsetDateTime.class));
            assertThatThrownBy(() -> sql.execute("UPDATE users SET tokens_valid_after = NULL"))
                    .hasMessageContaining("tokens_valid_after");
        }
    }

    private static void migrate(TestDatabase database, String target) {
        Flyway.configure()
                .dataSource(database.url(), database.username(), database.password())
                .target(target)
                .load()
                .migrate();
    }
}
