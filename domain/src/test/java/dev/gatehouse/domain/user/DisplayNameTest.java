package dev.gatehouse.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayNameTest {

    @Test
    void isTrimmed() {
        assertThat(new DisplayName("  Ada Lovelace ").value()).isEqualTo("Ada Lovelace");
    }

    @Test
    void countsCharactersNotBytes() {
        String hundredEmoji = "\uD83D\uDE00".repeat(100);
        assertThat(new DisplayName(hundredEmoji).value()).isEqualTo(hundredEmoji);
        assertThatThrownBy(() -> new DisplayName("x".repeat(101))).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "Ada\u0000",
                "Ada\u202eevil",
                "line\nbreak",
                "Ada\u2028Lovelace",
                "Ada\u2029x",
                "Ada\u0085x",
                "Ada\ud800x",
                "Ada\udc00"
            })
    void refusesBlankAndControlCharacters(String text) {
        assertThatThrownBy(() -> new DisplayName(text))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("displayName");
    }
}
