package dev.gatehouse.adapter.out.persistence.testing;

import java.util.function.Function;
import java.util.function.Supplier;

/** Chooses, once per JVM, the PostgreSQL server that test databases are created on. */
final class PostgresServers {
    static final String URL_VARIABLE = "TEST_DATABASE_URL";
    static final String USERNAME_VARIABLE = "TEST_DATABASE_USERNAME";
    static final String PASSWORD_VARIABLE = "TEST_DATABASE_PASSWORD";
    static final String DEFAULT_USERNAME = "postgres";

    static final String HOW_TO_PROVIDE_ONE = """
            Provide one in either of two ways:
              1. Point the tests at a running PostgreSQL 13 or newer whose user may CREATE DATABASE
                 (any database name works: a missing one is stood in for by postgres):
                   export TEST_DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/postgres
                   export TEST_DATABASE_USERNAME=postgres   (default: postgres)
                   export TEST_DATABASE_PASSWORD=secret     (default: empty)
              2. Or start Docker (`docker info` must succeed), so that Testcontainers can run %s.
            Each test class then gets a fresh database named gh_test_<random> on that server.""";

    private static PostgresServer shared;
    private static RuntimeException unavailable;

    private PostgresServers() {}

    /** The JVM's server; a failure to find one is remembered, not retried for every test class. */
    static synchronized PostgresServer shared() {
        if (shared == null && unavailable == null) {
            try {
                shared = choose(System::getenv, PostgresContainer::start);
            } catch (RuntimeException failure) {
                unavailable = failure;
            }
        }
        if (unavailable != null) {
            // A new exception each time, so every failing test shows the same clear message.
            throw new IllegalStateException(unavailable.getMessage(), unavailable);
        }
        return shared;
    }

    static PostgresServer choose(Function<String, String> environment, Supplier<PostgresServer> container) {
        String url = environment.apply(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return new PostgresServer(
                    url.strip(),
                    valueOr(environment.apply(USERNAME_VARIABLE), DEFAULT_USERNAME),
                    valueOr(environment.apply(PASSWORD_VARIABLE), ""),
                    true);
        }
        try {
            return container.get();
        } catch (RuntimeException | LinkageError noContainer) {
            // LinkageError: a module that uses this helper without Testcontainers on its test classpath.
            throw new IllegalStateException(
                    "No PostgreSQL server for the integration tests: " + URL_VARIABLE
                            + " is not set, and Testcontainers could not start " + PostgresContainer.IMAGE + " ("
                            + noContainer + ").\n" + HOW_TO_PROVIDE_ONE.formatted(PostgresContainer.IMAGE),
                    noContainer);
        }
    }

    private static String valueOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
