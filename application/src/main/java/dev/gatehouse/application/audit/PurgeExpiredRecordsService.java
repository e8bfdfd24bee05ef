package dev.gatehouse.application.audit;

import dev.gatehouse.domain.port.in.audit.PurgeExpiredRecordsUseCase;
import dev.gatehouse.domain.port.out.AuditEventQueries;
import dev.gatehouse.domain.port.out.LoginThrottleStore;
import dev.gatehouse.domain.port.out.SigningKeyStore;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.token.ClockSkew;
import dev.gatehouse.domain.token.TokenLifetimes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes audit events older than the retention, failed-login records idle for
 * {@link #THROTTLE_IDLE} (which also lets a name's lock escalation start over after a quiet day),
 * and signing keys retired longer ago than an access token can be accepted (its lifetime plus the
 * verifier's clock skew, the window the JWKS publishes them for): past it no token they signed can
 * be accepted, so the whole row goes, private key included. The active key is never deleted.
 */
public final class PurgeExpiredRecordsService implements PurgeExpiredRecordsUseCase {
    static final Duration THROTTLE_IDLE = Duration.ofDays(1);

    private final AuditEventQueries auditEvents;
    private final LoginThrottleStore throttles;
    private final SigningKeyStore signingKeys;
    private final UnitOfWork unitOfWork;
    private final Duration auditRetention;
    private final Duration retiredKeysKept;
    private final Clock clock;

    /** @param verifierClockSkew the skew the token verifier allows (the instance the key ring is given) */
    public PurgeExpiredRecordsService(
            AuditEventQueries auditEvents,
            LoginThrottleStore throttles,
            SigningKeyStore signingKeys,
            UnitOfWork unitOfWork,
            Duration auditRetention,
            TokenLifetimes lifetimes,
            ClockSkew verifierClockSkew,
            Clock clock) {
        this.auditEvents = auditEvents;
        this.throttles = throttles;
        this.signingKeys = signingKeys;
        this.unitOfWork = unitOfWork;
        this.auditRetention = auditRetention;
        this.retiredKeysKept = lifetimes.accessTokenAcceptedFor(verifierClockSkew);
        this.clock = clock;
    }

    @Override
    public int purgeExpiredRecords() {
        Instant now = clock.instant();
        int events = unitOfWork.inTransaction(() -> auditEvents.purgeOccurredBefore(now.minus(auditRetention)));
        int throttleRecords = unitOfWork.inTransaction(() -> throttles.purgeIdle(now.minus(THROTTLE_IDLE)));
        int keys = unitOfWork.inTransaction(() -> signingKeys.deleteRetiredBefore(now.minus(retiredKeysKept)));
        return events + throttleRecords + keys;
    }
}
