package dev.gatehouse.application.key;

import dev.gatehouse.domain.port.in.key.PurgeRetiredSigningKeysUseCase;
import dev.gatehouse.domain.port.out.SigningKeyStore;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.token.ClockSkew;
import dev.gatehouse.domain.token.TokenLifetimes;
import java.time.Clock;
import java.time.Duration;

/**
 * Deletes signing keys retired longer ago than an access token can be accepted (its lifetime plus
 * the verifier's clock skew, the window the JWKS publishes them for): past it no token they signed
 * can be accepted, so the whole row goes, private key included. The active key is never deleted.
 */
public final class PurgeRetiredSigningKeysService implements PurgeRetiredSigningKeysUseCase {
    private final SigningKeyStore signingKeys;
    private final UnitOfWork unitOfWork;
    private final Duration retiredKeysKept;
    private final Clock clock;

    /** @param verifierClockSkew the skew the token verifier allows (the instance the key ring is given) */
    public PurgeRetiredSigningKeysService(
            SigningKeyStore signingKeys,
            UnitOfWork unitOfWork,
            TokenLifetimes lifetimes,
            ClockSkew verifierClockSkew,
            Clock clock) {
        this.signingKeys = signingKeys;
        this.unitOfWork = unitOfWork;
        this.retiredKeysKept = lifetimes.accessTokenAcceptedFor(verifierClockSkew);
        this.clock = clock;
    }

    @Override
    public int purgeRetiredSigningKeys() {
        return unitOfWork.inTransaction(
                () -> signingKeys.deleteRetiredBefore(clock.instant().minus(retiredKeysKept)));
    }
}
