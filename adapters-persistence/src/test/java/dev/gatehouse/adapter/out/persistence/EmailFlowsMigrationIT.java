package dev.gatehouse.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.adapter.out.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** V8 on a database that already holds accounts: none of their addresses is proven yet. */
class EmailFlowsMigrationIT {

    @Test
    void existingAccountsHaveAnUnverifiedAddress() throws SQLException {
        TestDatabase database = TestDatabase.create();
        migrate(database, "7");
        UUID existing = UUID.randomUUID();
        try (Connection connection =
                DriverManager.getConnection(database.url(), database.username(), database.password())) {
            DSLContext sql = DSL.using(connection, SQLDialect.POSTGRES);
            sql.execute(
                    "INSERT INTO users (id, email, password_hash, created_at, updated_at) "
                            + "VALUES (?, 'before-v8@example.com', 'x', now(), now())",
                    existing);

            migrate(database, "8");

            assertThat(sql.resultQuery("SELECT email_verified FROM users WHERE id = ?", existing)
                            .fetchSingle()
                            .get(0, Boolean.class))
                    .isFalse();
            assertThat(sql.resultQuery("INSERT INTO users (email, password_hash) VALUES ('by-hand@example.com', 'x') "
                                    + "RETURNING email_verified")
                            .fetchSingle()
                            .get(0, Boolean.class))
                    .as("a row that leaves the column out")
                    .isFalse();
        }
    }

    /** The outbox refuses a pending mail without its text: only a delivered or given-up one may lose it. */
    @Test
    void aPendingMailMustKeepItsSubjectAndBody() throws SQLException {
        TestDatabase database = TestDatabase.create();
        migrate(database, "8");
        try (Connection connection =
                DriverManager.getConnection(database.url(), database.username(), database.password())) {
            DSLContext sql = DSL.using(connection, SQLDialect.POSTGRES);

            assertThatThrownBy(() -> sql.execute(
                            "INSERT INTO mail_outbox (id, recipient, topic, subject, body, queued_at, next_attempt_at) "
                                    + "VALUES (?, 'a@example.com', 'VERIFY_EMAIL', 'Subject', NULL, now(), now())",
                            UUID.randomUUID()))
                    .hasMessageContaining("mail_outbox_pending_has_body");
            sql.execute(
                    "INSERT INTO mail_outbox (id, recipient, topic, queued_at, next_attempt_at, sent_at) "
                            + "VALUES (?, 'a@example.com', 'VERIFY_EMAIL', now(), now(), now())",
                    UUID.randomUUID());
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
