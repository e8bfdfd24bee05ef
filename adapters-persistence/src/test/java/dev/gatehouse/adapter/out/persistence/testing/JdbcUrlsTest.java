package dev.gatehouse.adapter.out.persistence.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JdbcUrlsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
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

    @Test
    void refusesAUrlForAnotherDatabaseProduct() {
        assertThatThrownBy(() -> JdbcUrls.withDatabase("jdbc:mysql://localhost/test", "gh_test_1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql:");
    }
}
