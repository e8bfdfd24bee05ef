package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LoginThrottlingE2ETest extends EndToEndTest {

    private HttpApi.Response attempt(String email, String password) {
        return api.post("/api/v1/auth/login", body("email", email, "password", password), null);
    }

    @Test
    void fiveFailuresLockTheAccountAndEvenTheRightPasswordGets429() {
        String email = uniqueEmail("locked");
        register(email);
        for (int i = 0; i < 5; i++) {
            assertProblem(attempt(email, "wrong password"), 401, "invalid-credentials");
        }

        HttpApi.Response locked = attempt(email, PASSWORD);

        assertProblem(locked, 429, "too-many-attempts");
        assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(1, 30);
    }

    @Test
    void unknownEmailsAreThrottledTheSameWay() {
        String email = uniqueEmail("ghost");
        for (int i = 0; i < 5; i++) {
            assertProblem(attempt(email, "wrong password"), 401, "invalid-credentials");
        }

        assertProblem(attempt(email, "wrong password"), 429, "too-many-attempts");
    }

    @Test
    void parallelFailuresCountOneByOne() throws Exception {
        String email = uniqueEmail("swarm");
        register(email);
        int attempts = 10;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpApi.Response>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(attempts)) {
            for (int i = 0; i < attempts; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return attempt(email, "wrong password");
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpApi.Response> future : futures) {
                statuses.add(future.get().status());
            }

            // Exactly five failures are counted; every other attempt meets the lock they set.
            assertThat(statuses).filteredOn(s -> s == 401).hasSize(5);
            assertThat(statuses).filteredOn(s -> s == 429).hasSize(5);
        }
        assertProblem(attempt(email, PASSWORD), 429, "too-many-attempts");
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        String email = uniqueEmail("forgetful");
        register(email);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                assertProblem(attempt(email, "wrong password"), 401, "invalid-credentials");
            }
            assertThat(attempt(email, PASSWORD).status()).isEqualTo(200);
        }
    }
}
