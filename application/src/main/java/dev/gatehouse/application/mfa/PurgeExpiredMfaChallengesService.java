package dev.gatehouse.application.mfa;

import dev.gatehouse.domain.port.in.mfa.PurgeExpiredMfaChallengesUseCase;
import dev.gatehouse.domain.port.out.MfaChallengeStore;
import dev.gatehouse.domain.port.out.UnitOfWork;
import java.time.Clock;

/**
 * Deletes MFA challenges (spent or not) once their mfa token has expired: nothing reads one after
 * that, since an expired token is refused like an unknown one. Deletes that skip rows another
 * instance holds, so every instance may run it at once.
 */
public final class PurgeExpiredMfaChallengesService implements PurgeExpiredMfaChallengesUseCase {
    private final MfaChallengeStore challenges;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public PurgeExpiredMfaChallengesService(MfaChallengeStore challenges, UnitOfWork unitOfWork, Clock clock) {
        this.challenges = challenges;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public int purgeExpiredMfaChallenges() {
        return unitOfWork.inTransaction(() -> challenges.purgeExpired(clock.instant()));
    }
}
