package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A login flood against a deliberately small hashing pool (one worker, a 50 ms wait, real bcrypt
 * cost): logins beyond its capacity are refused with 503 and Retry-After, never a 500, and reads
 * that need no hashing go on being answered meanwhile.
 */
@TestPropertySource(
        properties = {
            "app.auth.bcrypt-cost=10",
            "app.auth.password-hashing.workers=1",
            "app.auth.password-hashing.max-wait=PT0.05S"
        })
class LoginFloodE2ETest extends EndToEndTest {
    private static final int FLOOD = 24;
    private static final Pattern REFUSALS =
            Pattern.compile("(?m)^gatehouse_password_hashing_refusals_total(?:\\{[^}]*})? (\\S+)$");

    @Test
    void logInsBeyondTheHashingCapacityAre503WithRetryAfterWhileReadsGoOn() throws Exception {
        String email = uniqueEmail("flooded");
        register(email);
        String token = logIn(email, PASSWORD);

        AtomicBoolean flooding = new AtomicBoolean(true);
        List<HttpApi.Response> reads = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        List<HttpApi.Response> logins = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(FLOOD + 1)) {
            Future<?> reader = pool.submit(() -> {
                while (flooding.get()) {
                    reads.add(api.get("/api/v1/users/me", token));
                    reads.add(api.get("/.well-known/jwks.json", null));
                    reads.add(api.get("/actuator/health/liveness", null));
                }
            });
            List<Future<HttpApi.Response>> attempts = new ArrayList<>();
            for (int i = 0; i < FLOOD; i++) {
                attempts.add(pool.submit(() -> {
                    start.await();
                    return api.post("/api/v1/auth/login", body("email", email, "password", PASSWORD), null);
                }));
            }
            start.countDown();
            for (Future<HttpApi.Response> attempt : attempts) {
                logins.add(attempt.get(60, TimeUnit.SECONDS));
            }
            flooding.set(false);
            reader.get(60, TimeUnit.SECONDS);
        }

        assertThat(logins).allSatisfy(r -> assertThat(r.status()).as(r.body()).isIn(200, 503));
        assertThat(logins).filteredOn(r -> r.status() == 200).isNotEmpty();
        List<HttpApi.Response> refused =
                logins.stream().filter(r -> r.status() == 503).toList();
        assertThat(refused)
                .as("one worker cannot verify %d passwords within 50 ms", FLOOD)
                .isNotEmpty()
                .allSatisfy(r -> {
                    assertProblem(r, 503, "service-unavailable");
                    assertThat(Integer.parseInt(r.header("Retry-After"))).isPositive();
                });
        assertThat(reads)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(200));

        String metrics = api.scrape("/actuator/prometheus", adminToken()).body();
        Matcher counted = REFUSALS.matcher(metrics);
        assertThat(counted.find()).as(metrics).isTrue();
        assertThat(Double.parseDouble(counted.group(1))).isGreaterThanOrEqualTo(refused.size());
        assertThat(metrics).contains("gatehouse_logins_total{outcome=\"busy\"} " + refused.size() + ".0");
    }
}
