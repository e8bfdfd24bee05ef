package dev.gatehouse.adapter.out.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.port.out.AuthenticationMetrics.LoginOutcome;
import dev.gatehouse.domain.port.out.AuthenticationMetrics.RefreshOutcome;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MicrometerAuthenticationMetricsTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerAuthenticationMetrics metrics = new MicrometerAuthenticationMetrics(registry);

    @Test
    void everyOutcomeStartsAtZero() {
        for (LoginOutcome outcome : LoginOutcome.values()) {
            assertThat(logins(outcome)).isZero();
        }
        for (RefreshOutcome outcome : RefreshOutcome.values()) {
            assertThat(refreshes(outcome)).isZero();
        }
        assertThat(registry.get(MicrometerAuthenticationMetrics.REUSES)
                        .counter()
                        .count())
                .isZero();
    }

    @Test
    void countsEachLoginUnderItsOutcome() {
        metrics.loginEnded(LoginOutcome.SUCCESS);
        metrics.loginEnded(LoginOutcome.SUCCESS);
        metrics.loginEnded(LoginOutcome.LOCKED);

        assertThat(logins(LoginOutcome.SUCCESS)).isEqualTo(2);
        assertThat(logins(LoginOutcome.LOCKED)).isEqualTo(1);
        assertThat(logins(LoginOutcome.FAILURE)).isZero();
    }

    /** The contract names it: {@code gatehouse_logins_total{outcome="mfa_required"}}. */
    @Test
    void aPasswordStepThatAsksForASecondFactorIsCountedAsMfaRequired() {
        metrics.loginEnded(LoginOutcome.MFA_REQUIRED);

        assertThat(registry.get(MicrometerAuthenticationMetrics.LOGINS)
                        .tag("outcome", "mfa_required")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(logins(LoginOutcome.SUCCESS)).isZero();
    }

    @Test
    void aReuseIsARefreshOutcomeAndHasItsOwnCounter() {
        metrics.refreshEnded(RefreshOutcome.SUCCESS);
        metrics.refreshEnded(RefreshOutcome.REUSED);
        metrics.refreshEnded(RefreshOutcome.INVALID);

        assertThat(refreshes(RefreshOutcome.SUCCESS)).isEqualTo(1);
        assertThat(refreshes(RefreshOutcome.REUSED)).isEqualTo(1);
        assertThat(refreshes(RefreshOutcome.INVALID)).isEqualTo(1);
        assertThat(registry.get(MicrometerAuthenticationMetrics.REUSES)
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    private double logins(LoginOutcome outcome) {
        return registry.get(MicrometerAuthenticationMetrics.LOGINS)
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .counter()
                .count();
    }

    private double refreshes(RefreshOutcome outcome) {
        return registry.get(MicrometerAuthenticationMetrics.REFRESHES)
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .counter()
                .count();
    }
}
