package dev.gatehouse.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.out.PasswordHasher;
import dev.gatehouse.domain.user.PasswordHash;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PasswordHasher} must do, whether it hashes for real, queues the hashing or
 * stands in for it in tests: a hash matches its own password and no other, a fresh hash is
 * current, and a stored value it did not make matches nothing instead of failing.
 */
public abstract class PasswordHasherContract {
    private static final Password PASSWORD = new Password("correct horse battery");

    protected abstract PasswordHasher hasher();

    @Test
    void aHashMatchesItsOwnPasswordOnly() {
        PasswordHash hash = hasher().hash(PASSWORD);

        assertThat(hasher().matches(PASSWORD, hash)).isTrue();
        assertThat(hasher().matches(new Password("correct horse battery!"), hash))
                .isFalse();
        assertThat(hasher().matches(new Password("Correct horse battery"), hash))
                .isFalse();
    }

    @Test
    void aHashNeverCarriesThePasswordAsIs() {
        assertThat(hasher().hash(PASSWORD).value()).isNotEqualTo(PASSWORD.value());
    }

    @Test
    void everyHashOfAPasswordMatchesIt() {
        PasswordHash first = hasher().hash(PASSWORD);
        PasswordHash second = hasher().hash(PASSWORD);

        assertThat(hasher().matches(PASSWORD, first)).isTrue();
        assertThat(hasher().matches(PASSWORD, second)).isTrue();
    }

    @Test
    void aFreshHashNeedsNoRehash() {
        assertThat(hasher().needsRehash(hasher().hash(PASSWORD))).isFalse();
    }

    @Test
    void aStoredValueItDidNotMakeMatchesNothing() {
        PasswordHash foreign = new PasswordHash("not-a-hash-this-hasher-made");

        assertThat(hasher().matches(PASSWORD, foreign)).isFalse();
        assertThat(hasher().needsRehash(foreign)).isTrue();
    }
}
