package dev.gatehouse.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.key.SigningKey;
import dev.gatehouse.domain.port.out.SigningKeyStore;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What a {@link SigningKeyStore} that keeps its keys must do besides: activate the first key,
 * rotate, keep retired keys for verification for a while and delete them afterwards. Each test
 * starts from an empty store.
 */
public abstract non-sealed class RotatingSigningKeyStoreContract extends SigningKeyStoreContract {
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);

    private void rotate(SigningKey newKey, Instant now) {
        inTransaction(() -> {
            store().rotate(newKey, now);
            return null;
        });
    }

    @Test
    void hasNoKeyBeforeTheFirstStart() {
        assertThat(store().findActive()).isEmpty();
        assertThat(store().findVerificationKeys(T0)).isEmpty();
    }

    @Test
    void theFirstCandidateBecomesTheActiveKeyAsItWas() {
        SigningKey candidate = SigningKey.generate(T0);

        assertThat(start(candidate).kid()).isEqualTo(candidate.kid());

        SigningKey active = store().findActive().orElseThrow();
        assertThat(active.kid()).isEqualTo(candidate.kid());
        assertThat(active.createdAt()).isEqualTo(T0);
        assertThat(active.publicKey()).isEqualTo(candidate.publicKey());
    }

    @Test
    void rotationRetiresTheActiveKeyAndActivatesTheNewOne() {
        SigningKey original = start(SigningKey.generate(T0));
        SigningKey replacement = SigningKey.generate(T1);

        rotate(replacement, T1);

        assertThat(store().findActive()).map(SigningKey::kid).contains(replacement.kid());
        assertThat(store().findVerificationKeys(T0))
                .extracting(SigningKey::kid)
                .containsExactly(replacement.kid(), original.kid());
    }

    @Test
    void rotationWithoutAnActiveKeyActivatesTheNewOne() {
        SigningKey key = SigningKey.generate(T0);

        rotate(key, T0);

        assertThat(store().findActive()).map(SigningKey::kid).contains(key.kid());
    }

    /** A retired key verifies while it was retired after the cut-off (strictly), newest key first. */
    @Test
    void verificationKeysAreTheActiveOneAndThoseRetiredAfterTheCutOff() {
        SigningKey first = start(SigningKey.generate(T0));
        SigningKey second = SigningKey.generate(T1);
        SigningKey third = SigningKey.generate(T2);
        rotate(second, T1);
        rotate(third, T2);

        assertThat(store().findVerificationKeys(T1.minusNanos(1_000)))
                .extracting(SigningKey::kid)
                .containsExactly(third.kid(), second.kid(), first.kid());
        assertThat(store().findVerificationKeys(T1))
                .extracting(SigningKey::kid)
                .containsExactly(third.kid(), second.kid());
        assertThat(store().findVerificationKeys(T2)).extracting(SigningKey::kid).containsExactly(third.kid());
    }

    /** Retired strictly before the cut-off goes; the active key never does. */
    @Test
    void deletesTheKeysRetiredBeforeTheCutOffOnly() {
        SigningKey first = start(SigningKey.generate(T0));
        SigningKey second = SigningKey.generate(T1);
        SigningKey third = SigningKey.generate(T2);
        rotate(second, T1);
        rotate(third, T2);

        assertThat(inTransaction(() -> store().deleteRetiredBefore(T1))).isZero();
        assertThat(inTransaction(() -> store().deleteRetiredBefore(T2))).isEqualTo(1);
        assertThat(store().findVerificationKeys(T0))
                .extracting(SigningKey::kid)
                .containsExactly(third.kid(), second.kid())
                .doesNotContain(first.kid());

        assertThat(inTransaction(() -> store().deleteRetiredBefore(T0.plus(Duration.ofDays(365)))))
                .isEqualTo(1);
        assertThat(store().findVerificationKeys(T0)).extracting(SigningKey::kid).containsExactly(third.kid());
        assertThat(store().findActive()).map(SigningKey::kid).contains(third.kid());
    }
}
