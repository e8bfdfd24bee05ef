package dev.gatehouse.adapter.out.persistence.testing;

import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The Testcontainers fallback, in a class of its own so that Testcontainers is loaded only when
 * no {@code TEST_DATABASE_URL} is given.
 */
final class PostgresContainer {
    static final String IMAGE = "postgres:17-alpine";

    private PostgresContainer() {}

    /** Starts the container; it is never stopped here: Testcontainers removes it when the JVM exits. */
    @SuppressWarnings("resource")
    static PostgresServer start() {
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
        container.start();
        return new PostgresServer(container.getJdbcUrl(), container.getUsername(), container.getPassword(), false);
    }
}
