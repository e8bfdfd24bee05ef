package dev.gatehouse.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The buckets on a clock the test moves: refill, Retry-After, and that memory stays bounded. */
class ClientRateLimiterTest {
    private final ManualClock clock = new ManualClock();
    private final ClientRateLimiter limiter =
            new ClientRateLimiter(new RateLimitSettings(true, 4, Duration.ofSeconds(60)), clock, 3);

    @Test
    void aBurstOfCapacityPassesThenTheNextWaitsForOneToken() {
        for (int i = 0; i < 4; i++) {
            assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        }

        ClientRateLimiter.Decision refused = limiter.tryAcquire("a");

        assertThat(refused.allowed()).isFalse();
        // Greedy refill: 4 per 60 s is one token every 15 s.
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void tokensComeBackGraduallyNotAllAtTheEndOfThePeriod() {
        for (int i = 0; i < 4; i++) {
            limiter.tryAcquire("a");
        }
        clock.advance(Duration.ofSeconds(10));
        assertThat(limiter.tryAcquire("a").retryAfter()).isEqualTo(Duration.ofSeconds(5));

        clock.advance(Duration.ofSeconds(5));
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
    }

    @Test
    void addressesDoNotShareBuckets() {
        for (int i = 0; i < 4; i++) {
            limiter.tryAcquire("a");
        }
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
        assertThat(limiter.tryAcquire("b").allowed()).isTrue();
    }

    @Test
    void aBucketIdleForAWholeRefillPeriodIsForgottenWithoutChangingAnAnswer() {
        for (int i = 0; i < 4; i++) {
            limiter.tryAcquire("a");
        }
        limiter.tryAcquire("b");
        assertThat(limiter.trackedClients()).isEqualTo(2);

        clock.advance(Duration.ofSeconds(59));
        assertThat(limiter.trackedClients()).isEqualTo(2);
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.trackedClients()).isZero();

        // Full again, as it would have been had it been kept.
        for (int i = 0; i < 4; i++) {
            assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        }
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
    }

    @Test
    void aBusyAddressIsKeptWhileIdleOnesExpire() {
        limiter.tryAcquire("idle");
        for (int second = 0; second < 120; second += 10) {
            clock.advance(Duration.ofSeconds(10));
            limiter.tryAcquire("busy");
        }
        assertThat(limiter.trackedClients()).isEqualTo(1);
    }

    @Test
    void atMostMaxClientsAddressesAreTrackedTheLeastRecentlySeenGoesFirst() {
        for (int i = 0; i < 4; i++) {
            limiter.tryAcquire("a");
        }
        limiter.tryAcquire("b");
        limiter.tryAcquire("c");
        limiter.tryAcquire("d");

        assertThat(limiter.trackedClients()).isEqualTo(3);
        // "a" was seen least recently, so it went, and starts again with a full bucket.
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.trackedClients()).isEqualTo(3);
    }

    @Test
    void rotatingIpv6AddressesWithinOneSlash64DrawFromOneBucket() {
        for (int i = 0; i < 4; i++) {
            assertThat(limiter.tryAcquire("2001:db8:1:2::" + Integer.toHexString(i + 1))
                            .allowed())
                    .isTrue();
        }
        assertThat(limiter.tryAcquire("2001:db8:1:2:dead:beef:0:1").allowed()).isFalse();
        assertThat(limiter.tryAcquire("2001:db8:1:3::1").allowed()).isTrue();
    }

    @Test
    void aFloodFromEverMoreAddressesNeverTracksMoreThanMaxClients() {
        ClientRateLimiter bounded =
                new ClientRateLimiter(new RateLimitSettings(true, 4, Duration.ofSeconds(60)), clock, 100);
        for (int i = 0; i < 20_000; i++) {
            bounded.tryAcquire(
                    "2001:db8:" + Integer.toHexString(i / 65536) + ":" + Integer.toHexString(i % 65536) + "::1");
            bounded.tryAcquire("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
            assertThat(bounded.trackedClients()).isLessThanOrEqualTo(100);
        }
        assertThat(bounded.trackedClients()).isEqualTo(100);
    }

    @Test
    void aRequestWithoutAnAddressStillCounts() {
        for (int i = 0; i < 4; i++) {
            assertThat(limiter.tryAcquire(null).allowed()).isTrue();
        }
        assertThat(limiter.tryAcquire(null).allowed()).isFalse();
    }

    @Test
    void settingsRefuseNonsense() {
        assertThatThrownBy(() -> new RateLimitSettings(true, 0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacity");
        assertThatThrownBy(() -> new RateLimitSettings(true, 20, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refill-period");
    }

    private static final class ManualClock implements TimeMeter {
        private long nanos = 1_000_000_000L;

        void advance(Duration by) {
            nanos += by.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
