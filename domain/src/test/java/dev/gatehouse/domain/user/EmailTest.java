package dev.gatehouse.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

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
    @ValueSource(
            strings = {
                "   ",
                "no-at-sign",
                "two@@example.com",
                "a@b@example.com",
                "@example.com",
                "ada@",
                "ada@localhost",
                "ada@example..com",
                "ada @example.com",
                "ada@exa mple.com",
                "ada\u0000@example.com",
                "ada\u200b@example.com",
                "ada@.example.com"
            })
    void refusesWhatIsNotAnEmail(String text) {
        assertThatThrownBy(() -> new Email(text))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("email");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ada\u0085@example.com",
                "ada\u009f@example.com",
                "ada\u2028@example.com",
                "ada@exa\u2029mple.com",
                "ada\u00a0lovelace@example.com",
                "ada\u202f@example.com",
                "ada\ud800@example.com",
                "ada@example.com\udc00x",
                "ada\ufffd@example.com",
                "ada\u007f@example.com",
                "ada\u0001@example.com"
            })
    void refusesC1ControlsSeparatorsNoBreakSpacesAndLoneSurrogates(String text) {
        assertThatThrownBy(() -> new Email(text))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("email");
    }

    @Test
    void trimsOnlySpacesTabsAndLineBreaksNotOtherControls() {
        assertThat(new Email("\r\n ada@example.com \t").value()).isEqualTo("ada@example.com");
        assertThatThrownBy(() -> new Email("\u0000ada@example.com")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Email("ada@example.com\u2028")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Email("\u00a0ada@example.com")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void keepsAPairedSurrogateOutsideTheBasicPlane() {
        assertThat(new Email("ada\uD83D\uDE00@example.com").value()).isEqualTo("ada\uD83D\uDE00@example.com");
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
