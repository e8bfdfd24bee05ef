package dev.gatehouse.adapter.out.persistence.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PostgresServersTest {
    private static final Supplier<PostgresServer> NO_CONTAINER_EXPECTED = () -> {
        throw new AssertionError("must not start a container when TEST_DATABASE_URL is set");
    };
    private static final Supplier<PostgresServer> NO_DOCKER = () -> {
        throw new IllegalStateException("Could not find a valid Docker environment");
    };

    @Test
    void usesTestDatabaseUrlWithDefaultCredentials() {
        PostgresServer server = PostgresServers.choose(
                Map.of("TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/test")::get, NO_CONTAINER_EXPECTED);

        assertThat(server).isEqualTo(new PostgresServer("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "", true));
    }

    @Test
    void usesTheGivenCredentials() {
        PostgresServer server = PostgresServers.choose(
                Map.of(
                        "TEST_DATABASE_URL", "jdbc:postgresql://db:5432/test",
                        "TEST_DATABASE_USERNAME", "ci",
                        "TEST_DATABASE_PASSWORD", "secret")::get,
                NO_CONTAINER_EXPECTED);

        assertThat(server).isEqualTo(new PostgresServer("jdbc:postgresql://db:5432/test", "ci", "secret", true));
    }

    @Test
    void startsAContainerWhenNoUrlIsGiven() {
        PostgresServer containerServer =
                new PostgresServer("jdbc:postgresql://localhost:1/test", "test", "test", false);

        assertThat(PostgresServers.choose(Map.of("TEST_DATABASE_URL", " ")::get, () -> containerServer))
                .isSameAs(containerServer);
    }

    @Test
    void failsWithInstructionsWhenThereIsNeitherAUrlNorDocker() {
        assertThatThrownBy(() -> PostgresServers.choose(Map.<String, String>of()::get, NO_DOCKER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TEST_DATABASE_URL is not set")
                .hasMessageContaining("Could not find a valid Docker environment")
                .hasMessageContaining("export TEST_DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/postgres")
                .hasMessageContaining("export TEST_DATABASE_USERNAME=postgres")
                .hasMessageContaining("start Docker")
                .hasRootCauseMessage("Could not find a valid Docker environment");
    }

    @Test
    void failsWithInstructionsWhenTestcontainersIsNotOnTheClasspath() {
        assertThatThrownBy(() -> PostgresServers.choose(Map.<String, String>of()::get, () -> {
                    throw new NoClassDefFoundError("org/testcontainers/postgresql/PostgreSQLContainer");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NoClassDefFoundError")
                .hasMessageContaining("export TEST_DATABASE_URL=");
    }
}
