package dev.gatehouse.application.lockout;

import dev.gatehouse.domain.port.in.auth.PurgeIdleLoginThrottlesUseCase;
import dev.gatehouse.domain.port.out.LoginThrottleStore;
import dev.gatehouse.domain.port.out.UnitOfWork;
import java.time.Clock;
import java.time.Duration;

/**
 * Deletes failed-login records whose last failure is more than {@link #IDLE} ago and that hold no
 * lock any more; forgetting them also lets a name's lock escalation start over after a quiet day.
 */
public final class PurgeIdleLoginThrottlesService implements PurgeIdleLoginThrottlesUseCase {
    static final Duration IDLE = Duration.ofDays(1);

    private final LoginThrottleStore throttles;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public PurgeIdleLoginThrottlesService(LoginThrottleStore throttles, UnitOfWork unitOfWork, Clock clock) {
        this.throttles = throttles;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public int purgeIdleLoginThrottles() {
        return unitOfWork.inTransaction(
                () -> throttles.purgeIdle(clock.instant().minus(IDLE)));
    }
}
