package dev.gatehouse.application.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.common.InvalidInputException;
import dev.gatehouse.domain.password.CommonPasswords;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.password.PasswordPolicy;
import dev.gatehouse.domain.port.out.PasswordHasher;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.PasswordHash;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewPasswordsTest {
    private static final Email OWNER = new Email("ada@example.com");

    /** Records what it was asked to hash. */
    private static final class RecordingHasher implements PasswordHasher {
        final List<Password> hashed = new ArrayList<>();

        @Override
        public PasswordHash hash(Password password) {
            hashed.add(password);
            return new PasswordHash("hashed:" + password.value().length());
        }

        @Override
        public boolean matches(Password password, PasswordHash hash) {
            throw new AssertionError("a new password is never verified");
        }

        @Override
        public boolean needsRehash(PasswordHash hash) {
            return false;
        }
    }

    private final RecordingHasher hasher = new RecordingHasher();
    private final NewPasswords newPasswords = new NewPasswords(new PasswordPolicy(CommonPasswords.bundled()), hasher);

    @Test
    void hashesAPasswordThePolicyAllows() {
        Password allowed = new Password("correct horse battery");

        assertThat(newPasswords.hashAllowed("newPassword", allowed, OWNER)).isEqualTo(new PasswordHash("hashed:21"));
        assertThat(hasher.hashed).containsExactly(allowed);
    }

    @Test
    void refusesAgainstTheNamedFieldAndSpendsNoHashOnARefusedPassword() {
        assertThatThrownBy(() -> newPasswords.hashAllowed("newPassword", new Password("short"), OWNER))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("newPassword"));
        assertThatThrownBy(() -> newPasswords.hashAllowed("password", new Password("ada@example.com"), OWNER))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("password"));

        assertThat(hasher.hashed).isEmpty();
    }
}
