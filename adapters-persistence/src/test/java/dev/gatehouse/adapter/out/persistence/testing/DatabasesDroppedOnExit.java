package dev.gatehouse.adapter.out.persistence.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops the test databases when the JVM exits. WITH (FORCE) (PostgreSQL 13+) ends the connections
 * that Spring contexts, closed by their own shutdown hooks in no particular order, may still hold.
 */
final class DatabasesDroppedOnExit {
    private static final Logger LOG = LoggerFactory.getLogger(DatabasesDroppedOnExit.class);
    private static final List<Entry> DATABASES = new ArrayList<>();
    private static boolean hookInstalled;

    private record Entry(PostgresServer server, String database) {}

    private DatabasesDroppedOnExit() {}

    static synchronized void add(PostgresServer server, String database) {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(DatabasesDroppedOnExit::dropAll, "drop-test-databases"));
            hookInstalled = true;
        }
        DATABASES.add(new Entry(server, database));
    }

    private static synchronized void dropAll() {
        for (Entry entry : DATABASES) {
            try (Connection connection = entry.server().connect();
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + entry.database() + " WITH (FORCE)");
            } catch (SQLException failure) {
                LOG.warn(
                        "Could not drop test database {} on {}: {}",
                        entry.database(),
                        entry.server().url(),
                        failure.getMessage());
            }
        }
    }
}
