package dev.gatehouse.application.key;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.key.SigningKey;
import dev.gatehouse.domain.key.VerificationKey;
import dev.gatehouse.domain.port.in.key.RotateSigningKeyCommand;
import dev.gatehouse.domain.port.in.key.RotateSigningKeyUseCase;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.SigningKeyStore;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Makes a freshly generated key the active one; the previous key is retired but keeps verifying
 * (see {@link SigningKeyRing}). This instance signs with the new key at once, the others within
 * {@link SigningKeyRing#MAX_AGE}.
 */
public final class RotateSigningKeyService implements RotateSigningKeyUseCase {
    private final SigningKeyStore store;
    private final SigningKeyRing signingKeyRing;
    private final SecurityEventLog securityEvents;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RotateSigningKeyService(
            SigningKeyStore store,
            SigningKeyRing signingKeyRing,
            SecurityEventLog securityEvents,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.store = store;
        this.signingKeyRing = signingKeyRing;
        this.securityEvents = securityEvents;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public VerificationKey rotateSigningKey(RotateSigningKeyCommand command) {
        UserId actor = command.actor();
        ClientInfo client = command.client();
        Instant now = clock.instant();
        SigningKey newKey = SigningKey.generate(now);
        unitOfWork.run(() -> {
            store.rotate(newKey, now);
            securityEvents.record(SecurityEvent.byAdmin(
                    SecurityEventType.SIGNING_KEY_ROTATED, now, null, actor, client, Map.of("kid", newKey.kid())));
        });
        signingKeyRing.reload();
        return newKey.verificationKey();
    }
}
