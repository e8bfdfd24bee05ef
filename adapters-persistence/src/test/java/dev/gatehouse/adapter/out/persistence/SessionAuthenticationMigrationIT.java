package dev.gatehouse.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

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

/** V7 on a database that already holds sessions: they were all opened by a password-only login. */
class SessionAuthenticationMigrationIT {

    @Test
    void existingSessionsWereSignedInByPasswordWhenTheyWereCreated() throws SQLException {
        TestDatabase database = TestDatabase.create();
        migrate(database, "6");
        UUID user = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        try (Connection connection =
                DriverManager.getConnection(database.url(), database.username(), database.password())) {
            DSLContext sql = DSL.using(connection, SQLDialect.POSTGRES);
            sql.execute(
                    "INSERT INTO users (id, email, password_hash, created_at, updated_at) "
                            + "VALUES (?, 'before-v7@example.com', 'x', now(), now())",
                    user);
            sql.execute(
                    "INSERT INTO sessions (id, user_id, created_at, last_used_at, expires_at) "
                            + "VALUES (?, ?, '2026-06-01T10:20:30.456789Z', now(), now() + interval '1 day')",
                    session,
                    user);

            migrate(database, "7");

            Record row = sql.resultQuery("SELECT amr, auth_time FROM sessions WHERE id = ?", session)
                    .fetchSingle();
            assertThat(row.get(0, String[].class)).containsExactly("pwd");
            assertThat(row.get(1, OffsetDateTime.class).toInstant()).isEqualTo("2026-06-01T10:20:30.456789Z");
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
