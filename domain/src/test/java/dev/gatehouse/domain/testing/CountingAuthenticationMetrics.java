package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.port.out.AuthenticationMetrics;
import java.util.ArrayList;
import java.util.List;

/** Keeps every outcome it is told, in order. */
public class CountingAuthenticationMetrics implements AuthenticationMetrics {
    private final List<LoginOutcome> logins = new ArrayList<>();
    private final List<RefreshOutcome> refreshes = new ArrayList<>();

    @Override
    public synchronized void loginEnded(LoginOutcome outcome) {
        logins.add(outcome);
    }

    @Override
    public synchronized void refreshEnded(RefreshOutcome outcome) {
        refreshes.add(outcome);
    }

    public synchronized List<LoginOutcome> logins() {
        return List.copyOf(logins);
    }

    public synchronized List<RefreshOutcome> refreshes() {
        return List.copyOf(refreshes);
    }
}
