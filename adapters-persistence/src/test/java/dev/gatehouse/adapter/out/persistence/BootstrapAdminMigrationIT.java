package dev.gatehouse.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

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

/** V5 on databases from before it: one that has an admin counts as bootstrapped, an empty one does not. */
class BootstrapAdminMigrationIT {

    @Test
    void aDatabaseWithAnAdminCountsAsBootstrapped() throws SQLException {
        TestDatabase database = TestDatabase.create();
        migrate(database, "4");
        try (Connection connection =
                DriverManager.getConnection(database.url(), database.username(), database.password())) {
            DSLContext sql = DSL.using(connection, SQLDialect.POSTGRES);
            UUID admin = UUID.randomUUID();
            sql.execute(
                    "INSERT INTO users (id, email, password_hash, created_at, updated_at) "
                            + "VALUES (?, 'root@example.com', 'x', '2025-06-01T10:20:30Z', now())",
                    admin);
            sql.execute("INSERT INTO user_roles (user_id, role) VALUES (?, 'USER'), (?, 'ADMIN')", admin, admin);

            migrate(database, "5");

            assertThat(sql.fetchCount(DSL.table("bootstrap_admin"))).isEqualTo(1);
        }
    }

    @Test
    void aDatabaseWithoutAnAdminIsStillToBeBootstrapped() throws SQLException {
        TestDatabase database = TestDatabase.create();
        migrate(database, "4");
        try (Connection connection =
                DriverManager.getConnection(database.url(), database.username(), database.password())) {
            DSLContext sql = DSL.using(connection, SQLDialect.POSTGRES);
            sql.execute("INSERT INTO users (email, password_hash) VALUES ('someone@example.com', 'x')");

            migrate(database, "5");

            assertThat(sql.fetchCount(DSL.table("bootstrap_admin"))).isZero();
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
