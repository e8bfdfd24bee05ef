package dev.gatehouse.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.common.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EmailTest {

    @Test
    void isTrimmedAndLowerCased() {
        assertThat(new Email("  Ada.Lovelace@Example.COM\t").value()).isEqualTo("ada.lovelace@example.com");
    }

    @Test
    void comparesCaseInsensitively() {
        assertThat(new Email("ADA@example.com")).isEqualTo(new Email("ada@EXAMPLE.com"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "no-at-sign", "two@@example.com", "a@b@example.com", "@example.com", "ada@",
            "ada@localhost", "ada@example..com", "ada @example.com", "ada@exa mple.com", "ada\u0000@example.com",
            "ada\u200b@example.com", "ada@.example.com"})
    void refusesWhatIsNotAnEmail(String text) {
        assertThatThrownBy(() -> new Email(text)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("email");
    }

    @Test
    void refusesOverLongAddresses() {
        String localPart = "a".repeat(65);
        assertThatThrownBy(() -> new Email(localPart + "@example.com")).isInstanceOf(InvalidInputException.class);
        String domain = "d".repeat(250) + ".com";
        assertThatThrownBy(() -> new Email("a@" + domain)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void acceptsPlusTagsAndInternationalDomains() {
        assertThat(new Email("ada+tag@sub.example.co.uk").value()).isEqualTo("ada+tag@sub.example.co.uk");
        assertThat(new Email("jürgen@bücher.de").value()).isEqualTo("jürgen@bücher.de");
    }

    @Test
    void parseSaysNothingAboutWhy() {
        assertThat(Email.parse("not an email")).isEmpty();
        assertThat(Email.parse(" ADA@example.com")).contains(new Email("ada@example.com"));
    }
}
