package dev.gatehouse.adapter.out.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.password.PasswordHashingBusyException;
import dev.gatehouse.domain.port.out.PasswordHasher;
import dev.gatehouse.domain.user.PasswordHash;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedPasswordHasherTest {
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Password PASSWORD = new Password("correct horse battery");
    private static final PasswordHash HASH = new PasswordHash("stored");

    private final GatedHasher gated = new GatedHasher();
    private final ExecutorService callers = Executors.newFixedThreadPool(8);
    private BoundedPasswordHasher bounded;

    @AfterEach
    void tearDown() {
        gated.open.countDown();
        callers.shutdownNow();
        if (bounded != null) {
            bounded.close();
        }
    }

    @Test
    void runsTheWorkOnItsOwnThreadsAndPassesTheResultThrough() {
        gated.open.countDown();
        bounded = new BoundedPasswordHasher(gated, 1, 16, Duration.ofSeconds(1));

        assertThat(bounded.matches(PASSWORD, HASH)).isTrue();
        assertThat(bounded.hash(PASSWORD)).isEqualTo(new PasswordHash("hashed"));

        assertThat(gated.threadNames)
                .hasSize(2)
                .allSatisfy(name -> assertThat(name).startsWith("password-hashing-"));
        assertThat(bounded.verifying().count()).isEqualTo(1);
        assertThat(bounded.hashing().count()).isEqualTo(1);
    }

    @Test
    void runsTheWorkAtTheLowestThreadPrioritySoThatRequestsWithoutAHashGoFirst() {
        gated.open.countDown();
        bounded = new BoundedPasswordHasher(gated, 2, 16, Duration.ofSeconds(1));

        bounded.matches(PASSWORD, HASH);
        bounded.hash(PASSWORD);

        assertThat(gated.threadPriorities).hasSize(2).containsOnly(Thread.MIN_PRIORITY);
    }

    @Test
    void neverRunsMoreThanItsWorkersAtOnceAndServesEveryoneWhoWaits() throws Exception {
        bounded = new BoundedPasswordHasher(gated, 2, 32, Duration.ofSeconds(30));
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            results.add(callers.submit(() -> bounded.matches(PASSWORD, HASH)));
        }
        await("two running, four waiting")
                .atMost(PATIENCE)
                .until(() -> gated.running.get() == 2 && bounded.waiting() == 4);

        gated.open.countDown();

        for (Future<Boolean> result : results) {
            assertThat(result.get(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(gated.mostAtOnce.get()).isEqualTo(2);
        assertThat(bounded.refusals()).isZero();
    }

    @Test
    void refusesACallerWhoWaitedTheWholeWaitAndCountsIt() throws Exception {
        bounded = new BoundedPasswordHasher(gated, 1, 16, Duration.ofMillis(100));
        Future<Boolean> first = callers.submit(() -> bounded.matches(PASSWORD, HASH));
        await("the first verification running").atMost(PATIENCE).until(() -> gated.running.get() == 1);

        assertThatThrownBy(() -> bounded.matches(PASSWORD, HASH))
                .isInstanceOf(PasswordHashingBusyException.class)
                .extracting(e -> ((PasswordHashingBusyException) e).retryAfter())
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(bounded.refusals()).isEqualTo(1);

        gated.open.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(bounded.matches(PASSWORD, HASH)).as("a worker is free again").isTrue();
        assertThat(gated.mostAtOnce.get()).isEqualTo(1);
    }

    @Test
    void refusesAtOnceWhenAsManyCallersAsAllowedAreWaiting() throws Exception {
        bounded = new BoundedPasswordHasher(gated, 1, 2, Duration.ofSeconds(30));
        List<Future<Boolean>> admitted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            admitted.add(callers.submit(() -> bounded.matches(PASSWORD, HASH)));
        }
        await("one running, two waiting")
                .atMost(PATIENCE)
                .until(() -> gated.running.get() == 1 && bounded.waiting() == 2);

        long start = System.nanoTime();
        assertThatThrownBy(() -> bounded.matches(PASSWORD, HASH)).isInstanceOf(PasswordHashingBusyException.class);

        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start))
                .as("refused without waiting")
                .isLessThan(Duration.ofSeconds(10));
        assertThat(bounded.refusals()).isEqualTo(1);
        gated.open.countDown();
        for (Future<Boolean> result : admitted) {
            assertThat(result.get(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void passesTheHashersOwnFailureOnAndFreesTheWorker() {
        PasswordHasher failing = new PasswordHasher() {
            @Override
            public PasswordHash hash(Password password) {
                throw new IllegalArgumentException("bad cost");
            }

            @Override
            public boolean matches(Password password, PasswordHash hash) {
                return false;
            }

            @Override
            public boolean needsRehash(PasswordHash hash) {
                return false;
            }
        };
        bounded = new BoundedPasswordHasher(failing, 1, 16, Duration.ofMillis(100));

        assertThatThrownBy(() -> bounded.hash(PASSWORD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad cost");
        assertThat(bounded.matches(PASSWORD, HASH)).isFalse();
    }

    /** Reads the hash only, so it answers even while every worker is busy. */
    @Test
    void asksTheHasherWhetherAHashNeedsRehashingWithoutAWorker() throws Exception {
        bounded = new BoundedPasswordHasher(gated, 1, 16, Duration.ofMillis(100));
        Future<Boolean> holding = Executors.newSingleThreadExecutor().submit(() -> bounded.matches(PASSWORD, HASH));
        await("the verification running").atMost(PATIENCE).until(() -> gated.running.get() > 0);

        assertThat(bounded.needsRehash(new PasswordHash("stale"))).isTrue();
        assertThat(bounded.needsRehash(new PasswordHash("fresh"))).isFalse();
        gated.open.countDown();
        holding.get(10, TimeUnit.SECONDS);
    }

    @Test
    void refusesSettingsThatCannotWork() {
        assertThatThrownBy(() -> new BoundedPasswordHasher(gated, 0, 0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BoundedPasswordHasher(gated, 1, 16, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BoundedPasswordHasher(gated, 1, -1, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Holds every call until opened; records how many ran at once and on which threads. */
    private static final class GatedHasher implements PasswordHasher {
        final CountDownLatch open = new CountDownLatch(1);
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final List<String> threadNames = java.util.Collections.synchronizedList(new ArrayList<>());
        final List<Integer> threadPriorities = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public PasswordHash hash(Password password) {
            hold();
            return new PasswordHash("hashed");
        }

        @Override
        public boolean matches(Password password, PasswordHash hash) {
            hold();
            return true;
        }

        @Override
        public boolean needsRehash(PasswordHash hash) {
            return hash.value().equals("stale");
        }

        private void hold() {
            threadNames.add(Thread.currentThread().getName());
            threadPriorities.add(Thread.currentThread().getPriority());
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                open.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
        }
    }
}
