package dev.gatehouse.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnsafeCharactersTest {

    @ParameterizedTest
    @ValueSource(
            ints = {
                0x00, 0x09, 0x1f, 0x7f, 0x80, 0x85, 0x9f, 0x2028, 0x2029, 0x200b, 0x202e, 0xfeff, 0xd800, 0xdfff, 0xfffd
            })
    void refuses(int codePoint) {
        assertThat(UnsafeCharacters.isUnsafe(codePoint)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {'a', ' ', '@', 0xe9, 0xa0, 0x4e2d, 0x1f600})
    void lets(int codePoint) {
        assertThat(UnsafeCharacters.isUnsafe(codePoint)).isFalse();
    }

    @Test
    void replacesEachUnsafeCharacterAndKeepsPairs() {
        assertThat(UnsafeCharacters.replaced("a\u0000b\ud800c\uD83D\uDE00\u2028"))
                .isEqualTo("a\uFFFDb\uFFFDc\uD83D\uDE00\uFFFD");
        assertThat(UnsafeCharacters.replaced("plain")).isEqualTo("plain");
        assertThat(UnsafeCharacters.replaced(null)).isNull();
    }
}
