package dev.gatehouse.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

/**
 * With MANAGEMENT_SERVER_PORT set, Prometheus scrapes that port without a token; every other
 * actuator endpoint there still needs an admin, the probes stay on the public port, and the API is
 * served on the public port only.
 */
@TestPropertySource(properties = "management.server.port=0")
class ManagementPortE2ETest extends EndToEndTest {
    @Autowired
    private Environment environment;

    @Test
    void prometheusIsAnonymousOnTheManagementPortOnly() {
        HttpApi management = new HttpApi(environment.getRequiredProperty("local.management.port", Integer.class));

        HttpApi.Response scraped = management.scrape("/actuator/prometheus", null);
        assertThat(scraped.status()).as(scraped.body()).isEqualTo(200);
        assertThat(scraped.body()).contains("gatehouse_logins_total");

        assertThat(management.get("/actuator/flyway", null).status()).isEqualTo(401);
        assertThat(management.get("/actuator/flyway", adminToken()).status()).isEqualTo(200);
        assertThat(api.get("/livez", null).status()).isEqualTo(200);
        assertThat(api.get("/readyz", null).status()).isEqualTo(200);
    }

    @Test
    void aCharsetAskedForInAcceptIsIgnoredOnTheManagementPortToo() {
        HttpApi management = new HttpApi(environment.getRequiredProperty("local.management.port", Integer.class));

        HttpApi.Response flyway =
                management.getAccepting("/actuator/flyway", "application/json;charset=utf-16", adminToken());
        assertThat(flyway.status()).as(flyway.body()).isEqualTo(200);
        assertThat(flyway.contentType()).doesNotContainIgnoringCase("utf-16");
        HttpApi.Response scraped = management.getAccepting("/actuator/prometheus", "text/plain;charset=utf-16", null);
        assertThat(scraped.status()).as(scraped.body()).isEqualTo(200);
        assertThat(scraped.contentType()).doesNotContainIgnoringCase("utf-16");
    }

    @Test
    void anUnknownHealthComponentIsAProblemThereToo() {
        HttpApi management = new HttpApi(environment.getRequiredProperty("local.management.port", Integer.class));

        assertProblem(management.get("/actuator/health/nothing", null), 404, "not-found");
    }

    @Test
    void theApiIsNotServedOnTheManagementPort() {
        HttpApi management = new HttpApi(environment.getRequiredProperty("local.management.port", Integer.class));
        String user = userToken();

        assertThat(management.get("/api/v1/users/me", user).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/users/me", user).status()).isEqualTo(200);
    }
}
