package dev.gatehouse.domain.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TotpTest {
    /** The SHA1 seed of RFC 6238 Appendix B and RFC 4226 Appendix D. */
    private static final TotpSecret RFC_SECRET =
            TotpSecret.of("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    /** 1111111110 is a multiple of 30: the first second of its step. */
    private static final long STEP = 1111111110L / 30;

    private static final Instant STEP_BEGINS = Instant.ofEpochSecond(1111111110L);
    private static final Instant STEP_ENDS = Instant.ofEpochSecond(1111111139L, 999_999_999);

    private final Totp totp = new Totp();

    /**
     * RFC 6238 Appendix B, SHA1 rows: time, step (hex) and the 8-digit TOTP. Six digits are the last
     * six of eight: both are the same truncated value modulo a power of ten.
     */
    @ParameterizedTest
    @CsvSource({
        "59, 1, 94287082",
        "1111111109, 23523EC, 07081804",
        "1111111111, 23523ED, 14050471",
        "1234567890, 273EF07, 89005924",
        "2000000000, 3F940AA, 69279037",
        "20000000000, 27BC86AA, 65353130"
    })
    void matchesTheRfc6238TestVectors(long unixTime, String stepHex, String eightDigits) {
        Instant time = Instant.ofEpochSecond(unixTime);
        long step = Long.parseLong(stepHex, 16);
        String code = eightDigits.substring(2);

        assertThat(totp.stepAt(time)).isEqualTo(step);
        assertThat(totp.codeAt(RFC_SECRET, step)).isEqualTo(code);
        assertThat(totp.matchingStep(RFC_SECRET, code, time)).hasValue(step);
    }

    /** RFC 4226 Appendix D: HOTP with the counter as the step, six digits as they are. */
    @ParameterizedTest
    @CsvSource({
        "0, 755224", "1, 287082", "2, 359152", "3, 969429", "4, 338314",
        "5, 254676", "6, 287922", "7, 162583", "8, 399871", "9, 520489"
    })
    void matchesTheRfc4226TestVectors(long counter, String code) {
        assertThat(totp.codeAt(RFC_SECRET, counter)).isEqualTo(code);
    }

    @Test
    void aStepRunsFromItsFirstSecondToItsLast() {
        assertThat(totp.stepAt(STEP_BEGINS)).isEqualTo(STEP);
        assertThat(totp.stepAt(STEP_ENDS)).isEqualTo(STEP);
        assertThat(totp.stepAt(STEP_BEGINS.minusNanos(1))).isEqualTo(STEP - 1);
        assertThat(totp.stepAt(STEP_ENDS.plusNanos(1))).isEqualTo(STEP + 1);
        assertThat(totp.stepAt(Instant.EPOCH)).isZero();
    }

    @Test
    void acceptsThePreviousTheCurrentAndTheNextStepAndAnswersWhichOne() {
        for (Instant now : new Instant[] {STEP_BEGINS, STEP_ENDS}) {
            assertThat(totp.matchingStep(RFC_SECRET, codeAt(STEP - 1), now)).hasValue(STEP - 1);
            assertThat(totp.matchingStep(RFC_SECRET, codeAt(STEP), now)).hasValue(STEP);
            assertThat(totp.matchingStep(RFC_SECRET, codeAt(STEP + 1), now)).hasValue(STEP + 1);
        }
    }

    @Test
    void refusesACodeTwoStepsAwayEitherSide() {
        for (Instant now : new Instant[] {STEP_BEGINS, STEP_ENDS}) {
            assertThat(totp.matchingStep(RFC_SECRET, codeAt(STEP - 2), now)).isEmpty();
            assertThat(totp.matchingStep(RFC_SECRET, codeAt(STEP + 2), now)).isEmpty();
        }
    }

    @Test
    void theWindowMovesOnTheSecondTheStepChanges() {
        Instant nextStepBegins = STEP_ENDS.plusNanos(1);

        assertThat(totp.matchingStep(RFC_SECRET, codeAt(STEP - 1), STEP_ENDS)).hasValue(STEP - 1);
        assertThat(totp.matchingStep(RFC_SECRET, codeAt(STEP - 1), nextStepBegins))
                .isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, codeAt(STEP + 2), STEP_ENDS)).isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, codeAt(STEP + 2), nextStepBegins))
                .hasValue(STEP + 2);
    }

    @Test
    void aCodeOfAnotherSecretDoesNotMatch() {
        TotpSecret other = TotpSecret.of("12345678901234567891".getBytes(StandardCharsets.US_ASCII));

        assertThat(totp.matchingStep(other, codeAt(STEP), STEP_BEGINS)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "05047",
                "0504711",
                " 050471",
                "050471 ",
                "050 471",
                "+50471",
                "-50471",
                "05047\u0000",
                "050471\u0000",
                "\u0660\u0665\u0660\u0664\u0667\u0661", // Arabic-Indic digits: Character.isDigit says yes, and a parser
                // would read 050471
                "\u06f0\u06f5\u06f0\u06f4\u06f7\u06f1", // extended Arabic-Indic
                "\uff10\uff15\uff10\uff14\uff17\uff11", // fullwidth
                "0x0471"
            })
    void anythingButSixAsciiDigitsNeverMatchesAndIsNotThrownAt(String hostile) {
        assertThat(codeAt(STEP)).isEqualTo("050471");

        assertThat(totp.matchingStep(RFC_SECRET, hostile, STEP_BEGINS)).isEmpty();
    }

    @Test
    void noCodeAndAVeryLongOneNeverMatch() {
        assertThat(totp.matchingStep(RFC_SECRET, null, STEP_BEGINS)).isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, "050471".repeat(100_000), STEP_BEGINS))
                .isEqualTo(OptionalLong.empty());
    }

    private String codeAt(long step) {
        return totp.codeAt(RFC_SECRET, step);
    }
}
