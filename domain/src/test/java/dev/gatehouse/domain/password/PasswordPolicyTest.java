package dev.gatehouse.domain.password;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.common.InvalidInputException;
import dev.gatehouse.domain.user.Email;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    private static final Email EMAIL = new Email("ada@example.com");
    private final PasswordPolicy policy = new PasswordPolicy(CommonPasswords.bundled());

    @Test
    void acceptsAnOrdinaryStrongPassword() {
        assertThatCode(() -> policy.check("password", new Password("correct horse battery"), EMAIL))
                .doesNotThrowAnyException();
    }

    @Test
    void needsEightCharacters() {
        assertRefused("seven77", "at least 8 characters");
        assertThatCode(() -> policy.check("password", new Password("eight8ch"), EMAIL))
                .doesNotThrowAnyException();
    }

    @Test
    void countsCharactersNotBytesForTheMinimum() {
        // Four characters, sixteen bytes: still too short.
        assertRefused("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", "at least 8 characters");
    }

    @Test
    void refusesMoreThan72BytesInsteadOfTruncating() {
        assertThatCode(() -> policy.check("password", new Password("k".repeat(72)), EMAIL))
                .doesNotThrowAnyException();
        assertRefused("k".repeat(73), "72 bytes");
        // 25 three-byte characters: 25 characters but 75 bytes.
        assertRefused("\u20ac".repeat(25), "72 bytes");
    }

    @Test
    void refusesTheEmailItselfInAnyCase() {
        assertRefused("ADA@example.com", "email");
    }

    @Test
    void refusesCommonPasswordsInAnyCase() {
        assertRefused("password", "too common");
        assertRefused("PASSWORD1", "too common");
        assertRefused("baseball", "too common");
    }

    @Test
    void reportsAgainstTheFieldItIsGiven() {
        assertThatThrownBy(() -> policy.check("newPassword", new Password("short"), EMAIL))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("newPassword");
    }

    private void assertRefused(String password, String messagePart) {
        assertThatThrownBy(() -> policy.check("password", new Password(password), EMAIL))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(messagePart);
    }
}
