package dev.gatehouse.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.key.SigningKey;
import dev.gatehouse.domain.key.SigningKeyRotationUnavailableException;
import dev.gatehouse.domain.port.out.SigningKeyStore;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What a {@link SigningKeyStore} whose one key the deployment supplies must do instead of rotating:
 * the key is active from the start, rotation is refused, and nothing is ever retired or deleted.
 * Each test starts from a store made with the deployment's key.
 */
public abstract non-sealed class FixedSigningKeyStoreContract extends SigningKeyStoreContract {

    @Test
    void theKeyIsActiveBeforeTheFirstStartAndTheOnlyVerificationKey() {
        SigningKey configured = store().findActive().orElseThrow();

        assertThat(store().findVerificationKeys(Instant.EPOCH))
                .extracting(SigningKey::kid)
                .containsExactly(configured.kid());
        assertThat(start(SigningKey.generate(T0)).kid()).isEqualTo(configured.kid());
    }

    @Test
    void rotationIsRefusedAndTheKeyStays() {
        SigningKey configured = store().findActive().orElseThrow();
        SigningKey offered = SigningKey.generate(T0);

        assertThatThrownBy(() -> inTransaction(() -> {
                    store().rotate(offered, T0);
                    return null;
                }))
                .isInstanceOf(SigningKeyRotationUnavailableException.class);

        assertThat(store().findActive()).map(SigningKey::kid).contains(configured.kid());
        assertThat(store().findVerificationKeys(Instant.EPOCH))
                .extracting(SigningKey::kid)
                .containsExactly(configured.kid());
    }
}
