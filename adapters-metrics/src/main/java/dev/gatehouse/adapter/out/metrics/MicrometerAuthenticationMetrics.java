package dev.gatehouse.adapter.out.metrics;

import dev.gatehouse.domain.port.out.AuthenticationMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Login and refresh outcomes as Micrometer counters. In Prometheus's format they read
 * {@code gatehouse_logins_total{outcome="success"}}, {@code gatehouse_token_refreshes_total{outcome=…}}
 * and {@code gatehouse_refresh_token_reuse_total}. Every outcome's counter is registered up
 * front, so a dashboard sees zeros rather than missing series.
 */
public final class MicrometerAuthenticationMetrics implements AuthenticationMetrics {
    static final String LOGINS = "gatehouse.logins";
    static final String REFRESHES = "gatehouse.token.refreshes";
    static final String REUSES = "gatehouse.refresh.token.reuse";

    private final Map<LoginOutcome, Counter> logins = new EnumMap<>(LoginOutcome.class);
    private final Map<RefreshOutcome, Counter> refreshes = new EnumMap<>(RefreshOutcome.class);
    private final Counter reuses;

    public MicrometerAuthenticationMetrics(MeterRegistry registry) {
        for (LoginOutcome outcome : LoginOutcome.values()) {
            logins.put(
                    outcome,
                    Counter.builder(LOGINS)
                            .description("Login attempts by how they ended")
                            .tag("outcome", tagOf(outcome))
                            .register(registry));
        }
        for (RefreshOutcome outcome : RefreshOutcome.values()) {
            refreshes.put(
                    outcome,
                    Counter.builder(REFRESHES)
                            .description("Refresh-token exchanges by how they ended")
                            .tag("outcome", tagOf(outcome))
                            .register(registry));
        }
        reuses = Counter.builder(REUSES)
                .description("Spent refresh tokens presented again (each revoked its session)")
                .register(registry);
    }

    @Override
    public void loginEnded(LoginOutcome outcome) {
        logins.get(outcome).increment();
    }

    @Override
    public void refreshEnded(RefreshOutcome outcome) {
        refreshes.get(outcome).increment();
        if (outcome == RefreshOutcome.REUSED) {
            reuses.increment();
        }
    }

    static String tagOf(Enum<?> outcome) {
        return outcome.name().toLowerCase(Locale.ROOT);
    }
}
