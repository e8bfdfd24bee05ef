package dev.gatehouse.application.key;

import dev.gatehouse.domain.common.StoreUnavailableException;
import dev.gatehouse.domain.key.SigningKey;
import dev.gatehouse.domain.key.VerificationKey;
import dev.gatehouse.domain.port.out.SigningKeyStore;
import dev.gatehouse.domain.token.ClockSkew;
import dev.gatehouse.domain.token.TokenLifetimes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The keys this instance signs and verifies with, held in memory so that neither signing nor
 * verifying a token costs a database round trip.
 *
 * <ul>
 *   <li>{@link #load()} runs at start-up and creates the first key when the store has none (the
 *       store decides between instances starting at once).</li>
 *   <li>The keys are read again when they are older than {@link #MAX_AGE}, so a key rotated on
 *       another instance is signed with, verified and published here within that time.</li>
 *   <li>A token naming an unknown {@code kid} triggers a re-read at most once per
 *       {@link #MISS_RELOAD_INTERVAL}: a flood of forged kids cannot become a flood of queries.</li>
 *   <li>A retired key is kept for verification until the longest access token signed with it
 *       can have expired (access-token lifetime plus the verifier's clock skew).</li>
 * </ul>
 * Re-reads happen on the calling thread, one at a time; the others keep using the keys they have.
 */
public final class SigningKeyRing {
    public static final Duration MAX_AGE = Duration.ofSeconds(10);
    public static final Duration MISS_RELOAD_INTERVAL = Duration.ofSeconds(2);

    private final SigningKeyStore store;
    private final Clock clock;
    private final Duration retiredKeysKept;
    private final ReentrantLock reloading = new ReentrantLock();
    private volatile Snapshot snapshot;

    private record Snapshot(
            SigningKey active,
            List<VerificationKey> verificationKeys,
            Map<String, VerificationKey> byKid,
            Instant readAt) {}

    /** @param verifierClockSkew the skew the token verifier allows on expiry (the same instance it is given) */
    public SigningKeyRing(SigningKeyStore store, TokenLifetimes lifetimes, ClockSkew verifierClockSkew, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.retiredKeysKept = lifetimes.accessTokenAcceptedFor(verifierClockSkew);
    }

    /** Reads the keys, creating the first one if there is none. Idempotent. */
    public void load() {
        Instant now = clock.instant();
        if (store.findActive().isEmpty()) {
            store.activateIfNoneActive(SigningKey.generate(now));
        }
        read(now);
    }

    /** Reads the keys again now, e.g. after this instance rotated them. */
    public void reload() {
        read(clock.instant());
    }

    private void read(Instant now) {
        SigningKey active = store.findActive()
                .orElseThrow(() -> new IllegalStateException("The signing-key store has no active key"));
        List<VerificationKey> verificationKeys = store.findVerificationKeys(now.minus(retiredKeysKept)).stream()
                .map(SigningKey::verificationKey)
                .toList();
        Map<String, VerificationKey> byKid = verificationKeys.stream()
                .collect(Collectors.toUnmodifiableMap(VerificationKey::kid, Function.identity()));
        snapshot = new Snapshot(active, verificationKeys, byKid, now);
    }

    /** The key new access tokens are signed with. */
    public SigningKey activeKey() {
        return current().active();
    }

    /** The public keys of every key whose tokens may still be live, newest first. */
    public List<VerificationKey> verificationKeys() {
        return current().verificationKeys();
    }

    public Optional<VerificationKey> verificationKey(String kid) {
        Snapshot current = current();
        VerificationKey known = current.byKid().get(kid);
        if (known != null) {
            return Optional.of(known);
        }
        Instant now = clock.instant();
        if (now.isBefore(current.readAt().plus(MISS_RELOAD_INTERVAL))) {
            return Optional.empty();
        }
        return Optional.ofNullable(readAgainIfStill(current, now).byKid().get(kid));
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        if (current == null) {
            throw new IllegalStateException("Signing keys are not loaded yet: call load() at start-up");
        }
        Instant now = clock.instant();
        return now.isBefore(current.readAt().plus(MAX_AGE)) ? current : readAgainIfStill(current, now);
    }

    /**
     * One thread re-reads; the others, and any thread when the store cannot be reached, go on with
     * the keys they have: the tokens those keys verify are still good, and the next call tries
     * again. Any other failure (a key that cannot be decoded, no active key) propagates: kept
     * quiet, it would leave this instance on its old keys for good.
     */
    @SuppressWarnings("ReferenceEquality") // the question is identity: has another thread replaced this very snapshot?
    private Snapshot readAgainIfStill(Snapshot stale, Instant now) {
        if (!reloading.tryLock()) {
            return stale;
        }
        try {
            if (snapshot == stale) {
                read(now);
            }
        } catch (StoreUnavailableException storeUnavailable) {
            return stale;
        } finally {
            reloading.unlock();
        }
        return snapshot;
    }
}
