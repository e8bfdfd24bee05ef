package dev.gatehouse.adapter.out.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.user.PasswordHash;
import org.junit.jupiter.api.Test;

class BcryptPasswordHasherTest {
    // The lowest cost bcrypt allows, to keep the tests fast; the default is checked separately.
    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);

    @Test
    void theHashIsBcryptAndMatchesOnlyItsPassword() {
        PasswordHash hash = hasher.hash(new Password("correct horse battery"));

        assertThat(hash.value()).startsWith("$2a$04$").doesNotContain("correct horse battery");
        assertThat(hasher.matches(new Password("correct horse battery"), hash)).isTrue();
        assertThat(hasher.matches(new Password("correct horse batterY"), hash)).isFalse();
    }

    @Test
    void eachHashHasItsOwnSalt() {
        Password password = new Password("correct horse battery");

        assertThat(hasher.hash(password)).isNotEqualTo(hasher.hash(password));
    }

    @Test
    void aHashOfAnyOtherCostNeedsRehashing() {
        PasswordHash cost4 = hasher.hash(new Password("correct horse battery"));
        PasswordHash cost5 = new BcryptPasswordHasher(5).hash(new Password("correct horse battery"));

        assertThat(hasher.needsRehash(cost4)).isFalse();
        assertThat(hasher.needsRehash(cost5)).as("higher").isTrue();
        assertThat(new BcryptPasswordHasher(5).needsRehash(cost4)).as("lower").isTrue();
        assertThat(hasher.needsRehash(new PasswordHash("$2b$04$" + cost4.value().substring(7))))
                .isFalse();
        assertThat(hasher.needsRehash(new PasswordHash("not bcrypt"))).isTrue();
    }

    @Test
    void theCostIsConfigurable() {
        assertThat(new BcryptPasswordHasher(5)
                        .hash(new Password("correct horse battery"))
                        .value())
                .startsWith("$2a$05$");
    }

    @Test
    void aCostOutsideWhatBcryptTakesIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new BcryptPasswordHasher(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BcryptPasswordHasher(32)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPasswordLongerThanBcryptReadsNeverMatches() {
        String seventyTwo = "a".repeat(72);
        PasswordHash hash = hasher.hash(new Password(seventyTwo));

        // bcrypt alone would ignore the 73rd byte and call this a match.
        assertThat(hasher.matches(new Password(seventyTwo + "b"), hash)).isFalse();
        assertThat(hasher.matches(new Password(seventyTwo), hash)).isTrue();
    }
}
