package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.adapter.out.persistence.testing.TcpProxy;
import dev.gatehouse.adapter.out.persistence.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service's connection to PostgreSQL runs through a TCP proxy this test controls. Cutting it
 * is an outage as the service sees one: requests that need the database get 503 problems quickly,
 * readiness goes down while liveness stays up, and once the proxy is restored the service serves
 * again by itself, with nothing acknowledged before the outage lost.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageE2ETest extends EndToEndTest {
    private static final Duration CONTRACT_BOUND = Duration.ofSeconds(5);
    private static TcpProxy proxy;

    /**
     * This class's database is reached through the proxy. The pool's own URL is set, since it is
     * bound after, and so wins over, the {@code spring.datasource.url} the base class registers.
     */
    @DynamicPropertySource
    static void databaseThroughProxy(DynamicPropertyRegistry registry) {
        TestDatabase database = TestDatabase.create();
        proxy = TcpProxy.startFor(database.url());
        registry.add("spring.datasource.hikari.jdbc-url", () -> proxy.jdbcUrlThroughProxy(database.url()));
        registry.add("spring.datasource.hikari.username", database::username);
        registry.add("spring.datasource.hikari.password", database::password);
    }

    @AfterEach
    void restoreTheDatabase() {
        proxy.restore();
    }

    @AfterAll
    static void closeProxy() {
        proxy.close();
    }

    private static Duration timed(Runnable request) {
        long start = System.nanoTime();
        request.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Test
    void answers503QuicklyWhileTheDatabaseIsGoneAndRecoversByItself(CapturedOutput log) {
        String email = uniqueEmail("survivor");
        String id = register(email);
        String token = logIn(email, PASSWORD);

        proxy.cut();

        for (Runnable request : new Runnable[] {
            () -> assertProblem(
                    api.post("/api/v1/auth/login", body("email", email, "password", PASSWORD), null),
                    503,
                    "service-unavailable"),
            () -> assertProblem(
                    api.post("/api/v1/auth/register", body("email", uniqueEmail("during"), "password", PASSWORD), null),
                    503,
                    "service-unavailable"),
            () -> {
                HttpApi.Response me = api.get("/api/v1/users/me", token);
                assertProblem(me, 503, "service-unavailable");
                assertThat(me.header("Retry-After")).isNotBlank();
            },
            () -> assertProblem(api.get("/api/v1/users/me/mfa", token), 503, "service-unavailable"),
            () -> assertProblem(
                    api.post("/api/v1/auth/login/mfa", body("mfaToken", "any", "code", "123456"), null),
                    503,
                    "service-unavailable")
        }) {
            assertThat(timed(request)).isLessThan(CONTRACT_BOUND);
        }
        // As the OpenAPI document says: the health endpoints' 503 is a health status, not a problem.
        for (String path : List.of("/actuator/health/readiness", "/readyz", "/actuator/health")) {
            HttpApi.Response down = api.get(path, null);
            assertThat(down.status()).as(path).isEqualTo(503);
            assertThat(down.json().path("status").asString()).as(path).isEqualTo("DOWN");
        }
        for (String path : List.of("/actuator/health/liveness", "/livez")) {
            HttpApi.Response alive = api.get(path, null);
            assertThat(alive.status()).as(path).isEqualTo(200);
            assertThat(alive.json().path("status").asString()).as(path).isEqualTo("UP");
        }
        // What needs no database still works.
        assertThat(api.get("/.well-known/jwks.json", null).status()).isEqualTo(200);

        proxy.restore();

        eventually(
                Duration.ofSeconds(15),
                () -> assertThat(api.get("/actuator/health/readiness", null).status())
                        .isEqualTo(200));
        eventually(
                Duration.ofSeconds(15),
                () -> assertThat(api.post("/api/v1/auth/login", body("email", email, "password", PASSWORD), null)
                                .status())
                        .isEqualTo(200));
        assertThat(api.get("/api/v1/users/me", token).json().path("id").asString())
                .isEqualTo(id);
        assertThat(register(uniqueEmail("after"))).isNotBlank();
        // The outage is reported by the 503s' one-line WARNs; nothing repeats it with a stack trace.
        assertThat(log.getOut())
                .contains("Store unavailable on POST /api/v1/auth/login")
                .doesNotContain("marked as broken")
                .doesNotContain("DataSource health check failed")
                .doesNotContain("\tat org.postgresql");
    }

    @Test
    void theActuatorsAdminEndpointsAnswer503ProblemsWhileTheDatabaseIsGone() {
        String admin = adminToken();
        assertThat(api.get("/actuator/flyway", admin).status()).isEqualTo(200);

        proxy.cut();

        HttpApi.Response history = api.get("/actuator/flyway", admin);
        assertProblem(history, 503, "service-unavailable");
        assertThat(history.header("Retry-After")).isNotBlank();
        // The metrics need no database: served while the token's standing is still known, else 503.
        HttpApi.Response metrics = api.scrape("/actuator/prometheus", admin);
        if (metrics.status() != 200) {
            assertProblem(metrics, 503, "service-unavailable");
        }

        proxy.restore();
        eventually(
                Duration.ofSeconds(15),
                () -> assertThat(api.get("/actuator/flyway", admin).status()).isEqualTo(200));
    }
}
