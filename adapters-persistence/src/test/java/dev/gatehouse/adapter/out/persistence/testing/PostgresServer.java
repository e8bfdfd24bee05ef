package dev.gatehouse.adapter.out.persistence.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A PostgreSQL server reachable at {@code url} as a user who may create databases.
 *
 * <p>The database the URL names is only the way in: the test databases are created from it, and
 * when it does not exist (a fresh server has only {@value #MAINTENANCE_DATABASE}), from the
 * maintenance database {@value #MAINTENANCE_DATABASE} instead, which every server has. So any
 * database name in {@code TEST_DATABASE_URL} works, and a server whose rules let the user into one
 * database only works too.
 *
 * @param dropsDatabasesOnExit whether the databases made here are dropped when the JVM exits
 *                             (a shared server keeps nothing; a container disappears anyway)
 */
record PostgresServer(String url, String username, String password, boolean dropsDatabasesOnExit) {
    static final String DATABASE_PREFIX = "gh_test_";
    static final String MAINTENANCE_DATABASE = "postgres";

    TestDatabase createDatabase() {
        String name =
                DATABASE_PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException failure) {
            throw new IllegalStateException(
                    PostgresConnectFailure.describe("create the test database " + name, this, failure)
                            + "\nIf " + PostgresServers.URL_VARIABLE + " is set, it decides the server.\n"
                            + PostgresServers.HOW_TO_PROVIDE_ONE.formatted(PostgresContainer.IMAGE),
                    failure);
        }
        if (dropsDatabasesOnExit) {
            DatabasesDroppedOnExit.add(this, name);
        }
        return new TestDatabase(JdbcUrls.withDatabase(url, name), username, password);
    }

    /** A connection for creating and dropping databases: to the URL's database, or the maintenance one. */
    Connection connect() throws SQLException {
        try {
            return DriverManager.getConnection(url, username, password);
        } catch (SQLException failure) {
            if (PostgresConnectFailure.of(failure) != PostgresConnectFailure.MISSING_DATABASE) {
                throw failure;
            }
            return DriverManager.getConnection(JdbcUrls.withDatabase(url, MAINTENANCE_DATABASE), username, password);
        }
    }

    @Override
    public String toString() {
        return "PostgresServer[url=" + url + ", username=" + username + "]";
    }
}
