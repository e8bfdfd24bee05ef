package dev.gatehouse.application.email;

import dev.gatehouse.domain.port.in.email.PurgeExpiredEmailTokensUseCase;
import dev.gatehouse.domain.port.out.EmailTokenStore;
import dev.gatehouse.domain.port.out.UnitOfWork;
import java.time.Clock;

/**
 * Deletes mailed tokens (spent or not) once expired: an expired token is refused like an unknown
 * one, so nothing reads it after that. The 60-second mail limit reads the newest token's issue time,
 * which is far younger than any expiry. Safe on every instance at once.
 */
public final class PurgeExpiredEmailTokensService implements PurgeExpiredEmailTokensUseCase {
    private final EmailTokenStore tokens;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public PurgeExpiredEmailTokensService(EmailTokenStore tokens, UnitOfWork unitOfWork, Clock clock) {
        this.tokens = tokens;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public int purgeExpiredEmailTokens() {
        return unitOfWork.inTransaction(() -> tokens.purgeExpired(clock.instant()));
    }
}
