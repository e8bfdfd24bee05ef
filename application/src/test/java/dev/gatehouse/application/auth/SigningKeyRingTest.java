package dev.gatehouse.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.auth.SigningKey;
import dev.gatehouse.domain.testing.FixedClock;
import dev.gatehouse.domain.testing.InMemorySigningKeyStore;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SigningKeyRingTest {
    private final FixedClock clock = new FixedClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final InMemorySigningKeyStore store = new InMemorySigningKeyStore();

    @Test
    void createsTheFirstKeyWhenTheStoreHasNone() {
        SigningKeyRing ring = new SigningKeyRing(store, clock);

        ring.load();

        assertThat(store.findActive()).contains(ring.activeKey());
        assertThat(ring.verificationKeys()).containsExactly(ring.activeKey().verificationKey());
        assertThat(new ListVerificationKeysService(ring).verificationKeys()).isEqualTo(ring.verificationKeys());
    }

    @Test
    void reusesTheStoredKeySoThatEveryInstanceSignsAlike() {
        SigningKey existing = store.activateIfNoneActive(SigningKey.generate(clock.instant()));
        SigningKeyRing first = new SigningKeyRing(store, clock);
        SigningKeyRing second = new SigningKeyRing(store, clock);

        first.load();
        second.load();

        assertThat(first.activeKey()).isEqualTo(existing);
        assertThat(second.activeKey()).isEqualTo(existing);
    }

    @Test
    void saysClearlyWhenUsedBeforeLoading() {
        SigningKeyRing ring = new SigningKeyRing(store, clock);

        assertThatThrownBy(ring::activeKey).isInstanceOf(IllegalStateException.class).hasMessageContaining("load()");
    }
}
