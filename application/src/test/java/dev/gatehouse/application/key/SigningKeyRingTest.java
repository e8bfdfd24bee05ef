package dev.gatehouse.application.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.Fixtures;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.common.StoreUnavailableException;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.key.SigningKey;
import dev.gatehouse.domain.port.in.key.RotateSigningKeyCommand;
import dev.gatehouse.domain.port.out.SigningKeyStore;
import dev.gatehouse.domain.testing.FixedClock;
import dev.gatehouse.domain.testing.InMemorySecurityEventLog;
import dev.gatehouse.domain.testing.InMemorySigningKeyStore;
import dev.gatehouse.domain.testing.PassThroughUnitOfWork;
import dev.gatehouse.domain.token.TokenLifetimes;
import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SigningKeyRingTest {
    private final FixedClock clock = new FixedClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final InMemorySigningKeyStore store = new InMemorySigningKeyStore();
    private final TokenLifetimes lifetimes = Fixtures.LIFETIMES;
    private final SigningKeyRing ring =
            new SigningKeyRing(store, lifetimes, dev.gatehouse.domain.token.ClockSkew.CONTRACT, clock);

    @Test
    void createsTheFirstKeyWhenTheStoreHasNone() {
        ring.load();

        assertThat(store.findActive()).contains(ring.activeKey());
        assertThat(ring.verificationKeys()).containsExactly(ring.activeKey().verificationKey());
        assertThat(new ListVerificationKeysService(ring).verificationKeys()).isEqualTo(ring.verificationKeys());
    }

    @Test
    void reusesTheStoredKeySoThatEveryInstanceSignsAlike() {
        SigningKey existing = store.activateIfNoneActive(SigningKey.generate(clock.instant()));
        SigningKeyRing other =
                new SigningKeyRing(store, lifetimes, dev.gatehouse.domain.token.ClockSkew.CONTRACT, clock);

        ring.load();
        other.load();

        assertThat(ring.activeKey()).isEqualTo(existing);
        assertThat(other.activeKey()).isEqualTo(existing);
    }

    @Test
    void saysClearlyWhenUsedBeforeLoading() {
        assertThatThrownBy(ring::activeKey)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("load()");
    }

    @Test
    void servesKeysFromMemoryUntilTheyAreOlderThanTheMaximumAge() {
        ring.load();
        int readsAfterLoad = store.reads();

        for (int i = 0; i < 100; i++) {
            ring.activeKey();
            ring.verificationKeys();
        }
        assertThat(store.reads()).isEqualTo(readsAfterLoad);

        clock.advance(SigningKeyRing.MAX_AGE);
        ring.verificationKeys();
        assertThat(store.reads()).isGreaterThan(readsAfterLoad);
    }

    @Test
    void picksUpAKeyRotatedByAnotherInstanceWithinTheMaximumAge() {
        ring.load();
        SigningKey old = ring.activeKey();
        clock.advance(Duration.ofSeconds(1));
        SigningKey rotatedElsewhere = SigningKey.generate(clock.instant());
        store.rotate(rotatedElsewhere, clock.instant());

        assertThat(ring.activeKey()).isEqualTo(old);
        clock.advance(SigningKeyRing.MAX_AGE.minusSeconds(1));

        assertThat(ring.activeKey()).isEqualTo(rotatedElsewhere);
        assertThat(ring.verificationKeys()).containsExactly(rotatedElsewhere.verificationKey(), old.verificationKey());
    }

    @Test
    void looksAnUnknownKidUpAgainAtMostOncePerInterval() {
        ring.load();
        SigningKey rotatedElsewhere = SigningKey.generate(clock.instant());
        store.rotate(rotatedElsewhere, clock.instant());
        int reads = store.reads();

        for (int i = 0; i < 50; i++) {
            assertThat(ring.verificationKey("forged-" + i)).isEmpty();
        }
        assertThat(store.reads()).isEqualTo(reads);
        assertThat(ring.verificationKey(rotatedElsewhere.kid())).isEmpty();

        clock.advance(SigningKeyRing.MISS_RELOAD_INTERVAL);
        assertThat(ring.verificationKey(rotatedElsewhere.kid())).contains(rotatedElsewhere.verificationKey());
        int afterOneReload = store.reads();
        for (int i = 0; i < 50; i++) {
            ring.verificationKey("forged-" + i);
        }
        assertThat(store.reads()).isEqualTo(afterOneReload);
    }

    @Test
    void rotationSignsWithTheNewKeyAndKeepsTheOldOneUntilItsTokensHaveExpired() {
        ring.load();
        SigningKey old = ring.activeKey();
        InMemorySecurityEventLog events = new InMemorySecurityEventLog();
        RotateSigningKeyService rotate =
                new RotateSigningKeyService(store, ring, events, new PassThroughUnitOfWork(), clock);
        UserId admin = UserId.newId();
        clock.advance(Duration.ofSeconds(1));

        var published = rotate.rotateSigningKey(new RotateSigningKeyCommand(admin, ClientInfo.unknown()));

        assertThat(ring.activeKey().kid()).isEqualTo(published.kid()).isNotEqualTo(old.kid());
        assertThat(ring.verificationKeys()).extracting(k -> k.kid()).containsExactly(published.kid(), old.kid());
        assertThat(events.ofType(SecurityEventType.SIGNING_KEY_ROTATED))
                .singleElement()
                .satisfies(e -> assertThat(e.actorId()).isEqualTo(admin));

        clock.advance(lifetimes
                .accessToken()
                .plus(dev.gatehouse.domain.token.ClockSkew.CONTRACT.value())
                .minusSeconds(1));
        assertThat(new FindVerificationKeyService(ring).findVerificationKey(old.kid()))
                .isPresent();

        clock.advance(Duration.ofSeconds(2));
        ring.reload();
        assertThat(new FindVerificationKeyService(ring).findVerificationKey(old.kid()))
                .isEmpty();
        assertThat(ring.verificationKeys()).extracting(k -> k.kid()).containsExactly(published.kid());
    }

    @Test
    void keepsItsKeysWhileTheStoreCannotBeReachedAndReadsThemWhenItIsBack() {
        FailingStore failing = new FailingStore(store);
        SigningKeyRing ringOverFailingStore =
                new SigningKeyRing(failing, lifetimes, dev.gatehouse.domain.token.ClockSkew.CONTRACT, clock);
        ringOverFailingStore.load();
        SigningKey old = ringOverFailingStore.activeKey();
        SigningKey rotatedElsewhere = SigningKey.generate(clock.instant());
        store.rotate(rotatedElsewhere, clock.instant());
        clock.advance(SigningKeyRing.MAX_AGE);

        failing.failWith(new StoreUnavailableException(new RuntimeException("connection refused")));
        assertThat(ringOverFailingStore.activeKey()).isEqualTo(old);

        failing.failWith(null);
        assertThat(ringOverFailingStore.activeKey()).isEqualTo(rotatedElsewhere);
    }

    /** A row that cannot be decoded is a fault to see, not an outage to ride out on the old keys. */
    @Test
    void letsEveryOtherFailureOfARereadPropagate() {
        FailingStore failing = new FailingStore(store);
        SigningKeyRing ringOverFailingStore =
                new SigningKeyRing(failing, lifetimes, dev.gatehouse.domain.token.ClockSkew.CONTRACT, clock);
        ringOverFailingStore.load();
        clock.advance(SigningKeyRing.MAX_AGE);
        IllegalStateException corruptRow = new IllegalStateException("Stored signing key k1 cannot be decoded");

        failing.failWith(corruptRow);

        assertThatThrownBy(ringOverFailingStore::activeKey).isSameAs(corruptRow);
        assertThatThrownBy(() -> ringOverFailingStore.verificationKey("unknown-kid"))
                .as("the next caller tries again and sees it too")
                .isSameAs(corruptRow);
    }

    /** The in-memory store, whose reads fail with a given exception while one is set. */
    private static final class FailingStore implements SigningKeyStore {
        private final SigningKeyStore delegate;
        private volatile RuntimeException failure;

        FailingStore(SigningKeyStore delegate) {
            this.delegate = delegate;
        }

        void failWith(RuntimeException failure) {
            this.failure = failure;
        }

        private void failIfSet() {
            RuntimeException current = failure;
            if (current != null) {
                throw current;
            }
        }

        @Override
        public Optional<SigningKey> findActive() {
            failIfSet();
            return delegate.findActive();
        }

        @Override
        public SigningKey activateIfNoneActive(SigningKey candidate) {
            return delegate.activateIfNoneActive(candidate);
        }

        @Override
        public void rotate(SigningKey newKey, Instant now) {
            delegate.rotate(newKey, now);
        }

        @Override
        public List<SigningKey> findVerificationKeys(Instant retiredAfter) {
            failIfSet();
            return delegate.findVerificationKeys(retiredAfter);
        }

        @Override
        public int deleteRetiredBefore(Instant retiredBefore) {
            return delegate.deleteRetiredBefore(retiredBefore);
        }
    }
}
