package dev.gatehouse.adapter.out.persistence.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostgresConnectFailureTest {
    private static final PostgresServer SERVER =
            new PostgresServer("jdbc:postgresql://db.example.com:5432/test", "ci", "secret", false);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "08001 | UNREACHABLE                       | the server is unreachable",
                "08006 | UNREACHABLE                       | the server is unreachable",
                "08004 | AUTHENTICATION                    | authentication failed",
                "28000 | AUTHENTICATION                    | authentication failed",
                "28P01 | AUTHENTICATION                    | authentication failed",
                "42501 | NO_PERMISSION_TO_CREATE_DATABASES | the user may not create databases",
                "3D000 | MISSING_DATABASE                  | the database does not exist",
                "53300 | OTHER                             | the server refused",
            })
    void namesTheCauseBySqlState(String state, PostgresConnectFailure cause, String label) {
        SQLException failure = new SQLException("the server's own words", state);

        assertThat(PostgresConnectFailure.of(failure)).isEqualTo(cause);
        assertThat(PostgresConnectFailure.describe("create the test database gh_test_1", SERVER, failure))
                .startsWith("Could not create the test database gh_test_1 on jdbc:postgresql://db.example.com:5432/test"
                        + " as ci: " + label)
                .contains("the server's own words (SQLSTATE " + state + ")")
                .doesNotContain("secret");
    }

    @Test
    void aFailureWithoutStateIsOther() {
        assertThat(PostgresConnectFailure.of(new SQLException("no state"))).isEqualTo(PostgresConnectFailure.OTHER);
    }
}
