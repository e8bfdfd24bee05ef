package dev.gatehouse.adapter.out.persistence.testing;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A brand-new, empty PostgreSQL database, so that each test class starts from a clean schema.
 *
 * <p>The server: {@code TEST_DATABASE_URL} if set (with {@code TEST_DATABASE_USERNAME}, default
 * {@code postgres}, and {@code TEST_DATABASE_PASSWORD}, default empty; the user must be allowed
 * to CREATE DATABASE; the database the URL names need not exist, the maintenance database
 * {@code postgres} stands in for it); otherwise one Testcontainers {@code postgres:17-alpine} per
 * JVM. When neither works, {@link #create()} throws an {@link IllegalStateException} that names the
 * cause (server unreachable, authentication, no right to create databases, no database to connect
 * to) and says how to fix it. Nothing here ever skips a test.
 *
 * <p>Each database is named {@code gh_test_<random>}; the ones made on a {@code TEST_DATABASE_URL}
 * server are dropped (WITH (FORCE)) when the JVM exits, a container goes away with the JVM.
 *
 * <p>In a Spring Boot test (Flyway then migrates the new database when the context starts):
 * <pre>{@code
 * @DynamicPropertySource
 * static void database(DynamicPropertyRegistry registry) {
 *     TestDatabase.registerNew(registry);
 * }
 * }</pre>
 * Spring creates one database per application context it builds. Contexts are cached by their
 * configuration, and the {@code @DynamicPropertySource} methods are part of it: classes that
 * inherit the same method share one context and one database; a class that declares its own
 * method gets its own.
 *
 * @param url      JDBC URL of the new database
 * @param username user that owns it
 * @param password that user's password (may be empty)
 */
public record TestDatabase(String url, String username, String password) {

    /** Creates a new, empty database on the test server. */
    public static TestDatabase create() {
        return PostgresServers.shared().createDatabase();
    }

    /**
     * Creates a new database and registers it as {@code spring.datasource.url}, {@code .username}
     * and {@code .password}; for use inside a {@code @DynamicPropertySource} method.
     *
     * @return the database, for tests that also want to reach it directly
     */
    public static TestDatabase registerNew(DynamicPropertyRegistry registry) {
        TestDatabase database = create();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        return database;
    }

    @Override
    public String toString() {
        return "TestDatabase[url=" + url + ", username=" + username + "]";
    }
}
