package dev.gatehouse.application.auth;

import dev.gatehouse.domain.auth.SigningKey;
import dev.gatehouse.domain.auth.VerificationKey;
import dev.gatehouse.domain.port.out.SigningKeyStore;
import java.time.Clock;
import java.util.List;

/**
 * The keys this instance signs and verifies with, read from the store once and then held in
 * memory, so that neither signing nor verifying a token costs a database round trip.
 * {@link #load()} runs at start-up: it creates the first key when the store has none, and the
 * store decides which of several instances starting at once wins.
 */
public final class SigningKeyRing {
    private final SigningKeyStore store;
    private final Clock clock;
    private volatile Snapshot snapshot;

    private record Snapshot(SigningKey active, List<VerificationKey> verificationKeys) {
    }

    public SigningKeyRing(SigningKeyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Reads the keys, creating the first one if there is none. Idempotent. */
    public void load() {
        SigningKey active = store.findActive()
                .orElseGet(() -> store.activateIfNoneActive(SigningKey.generate(clock.instant())));
        List<VerificationKey> verificationKeys = store.findVerificationKeys().stream()
                .map(SigningKey::verificationKey).toList();
        snapshot = new Snapshot(active, verificationKeys);
    }

    /** The key new access tokens are signed with. */
    public SigningKey activeKey() {
        return current().active();
    }

    /** The public keys of every key whose tokens may still be live. */
    public List<VerificationKey> verificationKeys() {
        return current().verificationKeys();
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        if (current == null) {
            throw new IllegalStateException("Signing keys are not loaded yet: call load() at start-up");
        }
        return current;
    }
}
