package dev.gatehouse.domain.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base32Test {

    /** RFC 4648 section 10, without the padding. */
    @ParameterizedTest
    @CsvSource({"'',''", "f,MY", "fo,MZXQ", "foo,MZXW6", "foob,MZXW6YQ", "fooba,MZXW6YTB", "foobar,MZXW6YTBOI"})
    void encodesTheRfcTestVectorsWithoutPadding(String text, String base32) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);

        assertThat(Base32.encode(bytes)).isEqualTo(base32);
        assertThat(Base32.decode(base32)).isEqualTo(bytes);
    }

    @Test
    void decodesEitherCaseWithPaddingAndSpaces() {
        byte[] foobar = "foobar".getBytes(StandardCharsets.US_ASCII);

        assertThat(Base32.decode("MZXW6YTBOI======")).isEqualTo(foobar);
        assertThat(Base32.decode("mzxw6ytboi")).isEqualTo(foobar);
        assertThat(Base32.decode("mzxw 6ytb oi")).isEqualTo(foobar);
    }

    @Test
    void roundTripsEveryLength() {
        Random random = new Random(42);
        for (int length = 0; length <= 41; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);

            assertThat(Base32.decode(Base32.encode(bytes)))
                    .as("%d bytes", length)
                    .isEqualTo(bytes);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"MZXW6YT1", "MZXW6YT0", "MZXW6YT8", "MZ-XW", "MZXW\n", "MZXW\u0000", "MZXW6\u00c9", "\uff2dZXW"})
    void refusesCharactersOutsideTheAlphabetWithoutQuotingThem(String text) {
        assertThatThrownBy(() -> Base32.decode(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not in the alphabet")
                .hasMessageNotContaining(text);
    }

    /** 1, 3 or 6 characters past a multiple of 8 hold 5, 7 or 6 bits of a byte: no encoding ends so. */
    @ParameterizedTest
    @ValueSource(strings = {"M", "MZX", "MZXW6Y", "MZXW6YTBO"})
    void refusesLengthsNoByteStringEncodesTo(String text) {
        assertThatThrownBy(() -> Base32.decode(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
