package dev.gatehouse.adapter.out.persistence.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JdbcUrlsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jdbc:postgresql://127.0.0.1:5432/test                   | jdbc:postgresql://127.0.0.1:5432/gh_test_1",
                "jdbc:postgresql://localhost:32768/test?loggerLevel=OFF  | jdbc:postgresql://localhost:32768/gh_test_1?loggerLevel=OFF",
                "jdbc:postgresql://db.example.com                        | jdbc:postgresql://db.example.com/gh_test_1",
                "jdbc:postgresql://db.example.com/                       | jdbc:postgresql://db.example.com/gh_test_1",
                "jdbc:postgresql://[::1]:5432/test                       | jdbc:postgresql://[::1]:5432/gh_test_1",
                "jdbc:postgresql://h1:5432,h2:5433/test?ssl=true         | jdbc:postgresql://h1:5432,h2:5433/gh_test_1?ssl=true",
                "jdbc:postgresql:test                                    | jdbc:postgresql:gh_test_1",
            })
    void pointsTheUrlAtAnotherDatabaseKeepingServerAndParameters(String url, String expected) {
        assertThat(JdbcUrls.withDatabase(url, "gh_test_1")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jdbc:postgresql://127.0.0.1:5432/test                   | jdbc:postgresql://127.0.0.1:40000/test",
                "jdbc:postgresql://localhost:32768/test?loggerLevel=OFF  | jdbc:postgresql://127.0.0.1:40000/test?loggerLevel=OFF",
                "jdbc:postgresql://db.example.com                        | jdbc:postgresql://127.0.0.1:40000/",
                "jdbc:postgresql://[::1]:5432/test                       | jdbc:postgresql://127.0.0.1:40000/test",
                "jdbc:postgresql://h1:5432,h2:5433/test?ssl=true         | jdbc:postgresql://127.0.0.1:40000/test?ssl=true",
                "jdbc:postgresql:test                                    | jdbc:postgresql://127.0.0.1:40000/test",
            })
    void pointsTheUrlAtAnotherServerKeepingDatabaseAndParameters(String url, String expected) {
        assertThat(JdbcUrls.withServer(url, "127.0.0.1", 40000)).isEqualTo(expected);
    }

    @Test
    void bracketsAnIpv6Server() {
        assertThat(JdbcUrls.withServer("jdbc:postgresql://db/test", "::1", 40000))
                .isEqualTo("jdbc:postgresql://[::1]:40000/test");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jdbc:postgresql://127.0.0.1:5432/test          | 127.0.0.1      | 5432",
                "jdbc:postgresql://db.example.com:6543/x?ssl=1  | db.example.com | 6543",
                "jdbc:postgresql://db.example.com/x             | db.example.com | 5432",
                "jdbc:postgresql://db.example.com               | db.example.com | 5432",
                "jdbc:postgresql://[::1]:5433/test              | ::1            | 5433",
                "jdbc:postgresql://[::1]/test                   | ::1            | 5432",
                "jdbc:postgresql:test                           | localhost      | 5432",
                "jdbc:postgresql:///test                        | localhost      | 5432",
            })
    void findsTheServerAUrlNames(String url, String host, int port) {
        assertThat(JdbcUrls.serverOf(url)).isEqualTo(new JdbcUrls.Server(host, port));
    }

    @Test
    void refusesToPickOneOfSeveralServers() {
        assertThatThrownBy(() -> JdbcUrls.serverOf("jdbc:postgresql://h1:5432,h2:5433/test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("several servers");
    }

    @Test
    void refusesAUrlForAnotherDatabaseProduct() {
        assertThatThrownBy(() -> JdbcUrls.withDatabase("jdbc:mysql://localhost/test", "gh_test_1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql:");
    }
}
