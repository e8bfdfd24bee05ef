package dev.gatehouse.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.user.Email;
import org.junit.jupiter.api.Test;

class LoginNameTest {

    @Test
    void isTheEmailAsAnAccountWouldStoreIt() {
        assertThat(LoginName.of("  Ada@Example.COM ")).isEqualTo(LoginName.of(new Email("ada@example.com")));
    }

    @Test
    void isTheTextAsTypedWhenItIsNoEmail() {
        assertThat(LoginName.of(" Not An Email ").value()).isEqualTo("not an email");
    }

    @Test
    void isCutToTheLongestEmail() {
        assertThat(LoginName.of("x".repeat(1000)).value()).hasSize(LoginName.MAX_LENGTH);
    }
}
