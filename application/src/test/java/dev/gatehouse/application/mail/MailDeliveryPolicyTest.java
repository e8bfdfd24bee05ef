package dev.gatehouse.application.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailDeliveryPolicyTest {
    private final MailDeliveryPolicy policy = new MailDeliveryPolicy(
            20, Duration.ofMinutes(1), Duration.ofSeconds(10), Duration.ofMinutes(10), Duration.ofDays(2));

    @Test
    void theBackoffDoublesWithEachFailureUpToTheMaximum() {
        assertThat(policy.backoffAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.backoffAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.backoffAfter(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(policy.backoffAfter(6)).isEqualTo(Duration.ofSeconds(320));
        assertThat(policy.backoffAfter(7)).isEqualTo(Duration.ofMinutes(10));
        assertThat(policy.backoffAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void givesUpFromTheMomentTheGiveUpTimeHasPassedSinceQueueing() {
        Instant queuedAt = Instant.parse("2026-01-01T00:00:00Z");

        assertThat(policy.givesUp(queuedAt, queuedAt.plus(Duration.ofDays(2)).minusMillis(1)))
                .isFalse();
        assertThat(policy.givesUp(queuedAt, queuedAt.plus(Duration.ofDays(2)))).isTrue();
    }

    @Test
    void refusesSettingsThatCannotWork() {
        Duration second = Duration.ofSeconds(1);
        assertThatThrownBy(() -> new MailDeliveryPolicy(0, second, second, second, second))
                .hasMessageContaining("batch size");
        assertThatThrownBy(() -> new MailDeliveryPolicy(1, Duration.ZERO, second, second, second))
                .hasMessageContaining("lease");
        assertThatThrownBy(() -> new MailDeliveryPolicy(1, second, second.negated(), second, second))
                .hasMessageContaining("initial backoff");
        assertThatThrownBy(() -> new MailDeliveryPolicy(1, second, Duration.ofSeconds(2), second, second))
                .hasMessageContaining("must not be shorter than the initial backoff");
        assertThatThrownBy(() -> new MailDeliveryPolicy(1, second, second, second, Duration.ZERO))
                .hasMessageContaining("give-up time");
    }
}
