package dev.gatehouse.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.key.SigningKey;
import dev.gatehouse.domain.port.out.SigningKeyStore;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SigningKeyStore} must do once the service has started on it. Stores come in two
 * kinds, and an implementation extends the contract of its kind, never this one alone (it is
 * sealed): {@link RotatingSigningKeyStoreContract} for stores that keep keys and rotate them,
 * {@link FixedSigningKeyStoreContract} for a store whose one key the deployment supplies. So no
 * part of the contract is left out silently: a fixed store is tested for refusing rotation.
 *
 * <p>Times have microsecond precision (PostgreSQL's).
 */
public abstract sealed class SigningKeyStoreContract
        permits RotatingSigningKeyStoreContract, FixedSigningKeyStoreContract {
    protected static final Instant T0 = Instant.parse("2026-01-01T00:00:00.123456Z");
    private static final Instant MUCH_LATER = T0.plus(Duration.ofDays(3650));
    private static final byte[] SIGNING_INPUT =
            "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZGEifQ".getBytes(StandardCharsets.US_ASCII);

    protected abstract SigningKeyStore store();

    /** Runs {@code work} in a transaction where the store needs one; the fakes just run it. */
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    /** What the service does at start-up: offer a new key in case none is active yet. */
    protected SigningKey start(SigningKey candidate) {
        return inTransaction(() -> store().activateIfNoneActive(candidate));
    }

    @Test
    void afterStartOneKeyIsActiveAndLaterCandidatesDoNotReplaceIt() {
        SigningKey active = start(SigningKey.generate(T0));
        SigningKey later = SigningKey.generate(T0.plusSeconds(60));

        assertThat(start(later).kid()).isEqualTo(active.kid()).isNotEqualTo(later.kid());
        assertThat(store().findActive()).map(SigningKey::kid).contains(active.kid());
    }

    @Test
    void theActiveKeyIsAlwaysAVerificationKey() {
        SigningKey active = start(SigningKey.generate(T0));

        assertThat(store().findVerificationKeys(T0.minusSeconds(1)))
                .extracting(SigningKey::kid)
                .contains(active.kid());
        assertThat(store().findVerificationKeys(MUCH_LATER))
                .extracting(SigningKey::kid)
                .containsExactly(active.kid());
    }

    @Test
    void theActiveKeyIsNeverDeleted() {
        SigningKey active = start(SigningKey.generate(T0));

        assertThat(inTransaction(() -> store().deleteRetiredBefore(MUCH_LATER))).isZero();

        assertThat(store().findActive()).map(SigningKey::kid).contains(active.kid());
    }

    /** Whatever the store does to hold the key (DER bytes, a PEM), both halves still fit together. */
    @Test
    void theActiveKeyVerifiesWhatItSignsAndNothingElse() throws GeneralSecurityException {
        start(SigningKey.generate(T0));
        SigningKey active = store().findActive().orElseThrow();

        assertThat(verifies(active, rs256(active))).isTrue();
        assertThat(verifies(active, rs256(SigningKey.generate(T0)))).isFalse();
    }

    private static byte[] rs256(SigningKey key) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key.privateKey());
        signer.update(SIGNING_INPUT);
        return signer.sign();
    }

    private static boolean verifies(SigningKey key, byte[] signature) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key.publicKey());
        verifier.update(SIGNING_INPUT);
        return verifier.verify(signature);
    }
}
