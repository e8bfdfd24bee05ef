package dev.gatehouse.application.auth;

import dev.gatehouse.domain.port.in.auth.PurgeEndedSessionsUseCase;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes sessions that expired, and revoked ones once {@link #REVOKED_KEPT} has passed (long
 * enough for a replayed token of a just-revoked session to be recognised as such by an operator
 * reading the store). Plain deletes of ended rows: running it on every instance at once is safe.
 */
public final class PurgeEndedSessionsService implements PurgeEndedSessionsUseCase {
    static final Duration REVOKED_KEPT = Duration.ofDays(1);

    private final SessionRepository sessions;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public PurgeEndedSessionsService(SessionRepository sessions, UnitOfWork unitOfWork, Clock clock) {
        this.sessions = sessions;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public int purgeEndedSessions() {
        Instant now = clock.instant();
        return unitOfWork.inTransaction(() -> sessions.purgeEnded(now, now.minus(REVOKED_KEPT)));
    }
}
