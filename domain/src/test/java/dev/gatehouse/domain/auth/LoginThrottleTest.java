package dev.gatehouse.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void locksForThirtySecondsAfterFiveFailuresInARow() {
        LoginThrottle throttle = LoginThrottle.clean("ada@example.com");
        for (int i = 0; i < 4; i++) {
            throttle = throttle.afterFailure(NOW);
            assertThat(throttle.lockedAt(NOW)).isFalse();
        }

        throttle = throttle.afterFailure(NOW);

        assertThat(throttle.lockedAt(NOW)).isTrue();
        assertThat(throttle.lockedUntil()).isEqualTo(NOW.plusSeconds(30));
        assertThat(throttle.retryAfter(NOW.plusMillis(100))).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.lockedAt(NOW.plusSeconds(30))).isFalse();
    }

    @Test
    void eachFailureAfterALockLocksAgainForTwiceAsLongUpToFifteenMinutes() {
        LoginThrottle throttle = LoginThrottle.clean("ada@example.com");
        for (int i = 0; i < 5; i++) {
            throttle = throttle.afterFailure(NOW);
        }
        Instant at = throttle.lockedUntil();
        long[] expectedSeconds = {60, 120, 240, 480, 900, 900};
        for (long seconds : expectedSeconds) {
            throttle = throttle.afterFailure(at);
            assertThat(Duration.between(at, throttle.lockedUntil())).isEqualTo(Duration.ofSeconds(seconds));
            at = throttle.lockedUntil();
        }
    }

    @Test
    void roundsRetryAfterUpToWholeSecondsOfAtLeastOne() {
        LoginThrottle locked = new LoginThrottle("x", 0, 1, NOW.plusMillis(1_200));

        assertThat(locked.retryAfter(NOW)).isEqualTo(Duration.ofSeconds(2));
        assertThat(locked.retryAfter(NOW.plusMillis(1_199))).isEqualTo(Duration.ofSeconds(1));
    }
}
