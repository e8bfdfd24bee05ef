package dev.gatehouse.adapter.out.persistence.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A PostgreSQL server reachable at {@code url} as a user who may create databases.
 *
 * @param dropsDatabasesOnExit whether the databases made here are dropped when the JVM exits
 *                             (a shared server keeps nothing; a container disappears anyway)
 */
record PostgresServer(String url, String username, String password, boolean dropsDatabasesOnExit) {
    static final String DATABASE_PREFIX = "gh_test_";

    TestDatabase createDatabase() {
        String name =
                DATABASE_PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException failure) {
            throw new IllegalStateException(
                    "Could not create the test database " + name + " on " + url + " as "
                            + username + ": " + failure.getMessage()
                            + "\nIs the server running, and may that user CREATE "
                            + "DATABASE? If " + PostgresServers.URL_VARIABLE + " is set, it decides the server.\n"
                            + PostgresServers.HOW_TO_PROVIDE_ONE.formatted(PostgresContainer.IMAGE),
                    failure);
        }
        if (dropsDatabasesOnExit) {
            DatabasesDroppedOnExit.add(this, name);
        }
        return new TestDatabase(JdbcUrls.withDatabase(url, name), username, password);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    @Override
    public String toString() {
        return "PostgresServer[url=" + url + ", username=" + username + "]";
    }
}
