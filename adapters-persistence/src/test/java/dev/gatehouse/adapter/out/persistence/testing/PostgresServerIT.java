package dev.gatehouse.adapter.out.persistence.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The test server as {@code TEST_DATABASE_URL} may name it on a real PostgreSQL (the one the run
 * uses): a database that does not exist is no obstacle, and what does stop it is named.
 */
class PostgresServerIT {
    private final PostgresServer shared = PostgresServers.shared();

    @Test
    void aUrlNamingADatabaseThatDoesNotExistStillCreatesTestDatabases() throws SQLException {
        PostgresServer server = new PostgresServer(
                JdbcUrls.withDatabase(shared.url(), "gh_no_such_database"), shared.username(), shared.password(), true);

        TestDatabase database = server.createDatabase();

        try (Connection connection =
                        DriverManager.getConnection(database.url(), database.username(), database.password());
                Statement statement = connection.createStatement();
                ResultSet current = statement.executeQuery("SELECT current_database()")) {
            assertThat(current.next()).isTrue();
            assertThat(current.getString(1)).startsWith(PostgresServer.DATABASE_PREFIX);
        }
    }

    @Test
    void aPortWhereNothingListensIsReportedAsUnreachable() throws IOException {
        JdbcUrls.Server address = JdbcUrls.serverOf(shared.url());
        PostgresServer server = new PostgresServer(
                JdbcUrls.withServer(shared.url(), address.host(), closedPort()),
                shared.username(),
                shared.password(),
                false);

        assertThatThrownBy(server::createDatabase)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the server is unreachable")
                .hasMessageContaining("is PostgreSQL running, and are host and port right?")
                .hasMessageContaining("SQLSTATE 08001");
    }

    @Test
    void aRoleTheServerDoesNotKnowIsReportedAsAnAuthenticationFailure() {
        PostgresServer server = new PostgresServer(shared.url(), "gh_no_such_role", "wrong", false);

        assertThatThrownBy(server::createDatabase)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("as gh_no_such_role: authentication failed")
                .hasMessageContaining("TEST_DATABASE_USERNAME");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
