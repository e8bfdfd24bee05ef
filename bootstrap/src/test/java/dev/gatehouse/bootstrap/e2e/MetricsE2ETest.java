package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code /actuator/prometheus} on the public port: admins only, with the contract's meters. */
class MetricsE2ETest extends EndToEndTest {

    @Test
    void onlyAnAdminMayScrapeOnThePublicPort() {
        HttpApi.Response anonymous = api.scrape("/actuator/prometheus", null);
        assertProblem(anonymous, 401, "unauthorized");
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
        assertProblem(api.scrape("/actuator/prometheus", userToken()), 403, "forbidden");

        HttpApi.Response scraped = api.scrape("/actuator/prometheus", adminToken());

        assertThat(scraped.status()).isEqualTo(200);
        assertThat(scraped.contentType()).startsWith("text/plain");
    }

    @Test
    void countsLoginAndRefreshOutcomesAndHashingTime() {
        String email = uniqueEmail("counted");
        register(email);
        String admin = adminToken();
        String before = api.scrape("/actuator/prometheus", admin).body();

        String refreshToken =
                logInForTokens(email, PASSWORD).path("refresh_token").asString();
        api.post("/api/v1/auth/login", body("email", email, "password", "not the password"), null);
        assertThat(refresh(refreshToken).status()).isEqualTo(200);
        assertThat(refresh("made-up").status()).isEqualTo(401);

        String after = api.scrape("/actuator/prometheus", admin).body();
        assertThat(value(after, "gatehouse_logins_total{outcome=\"success\"}"))
                .isEqualTo(value(before, "gatehouse_logins_total{outcome=\"success\"}") + 1);
        assertThat(value(after, "gatehouse_logins_total{outcome=\"failure\"}"))
                .isEqualTo(value(before, "gatehouse_logins_total{outcome=\"failure\"}") + 1);
        assertThat(value(after, "gatehouse_token_refreshes_total{outcome=\"success\"}"))
                .isEqualTo(value(before, "gatehouse_token_refreshes_total{outcome=\"success\"}") + 1);
        assertThat(value(after, "gatehouse_token_refreshes_total{outcome=\"invalid\"}"))
                .isEqualTo(value(before, "gatehouse_token_refreshes_total{outcome=\"invalid\"}") + 1);
        assertThat(value(after, "gatehouse_password_hash_seconds_count{operation=\"verify\"}"))
                .isGreaterThanOrEqualTo(
                        value(before, "gatehouse_password_hash_seconds_count{operation=\"verify\"}") + 2);
        assertThat(after)
                .contains(
                        "gatehouse_refresh_token_reuse_total ",
                        "gatehouse_password_hashing_waiting ",
                        "gatehouse_password_hashing_refusals_total ",
                        "gatehouse_transactions_waiting ",
                        "http_server_requests_seconds_count{");
    }

    /** The value of one series line, e.g. {@code name{tag="x"} 3.0}. */
    static double value(String scrape, String series) {
        return scrape.lines()
                .filter(line -> line.startsWith(series + " "))
                .findFirst()
                .map(line ->
                        Double.parseDouble(line.substring(series.length() + 1).trim()))
                .orElseThrow(() -> new AssertionError("No series " + series + " in:\n" + scrape));
    }
}
