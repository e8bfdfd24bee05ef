package dev.gatehouse.domain.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecoveryCodeTest {
    private static final String NORMAL = "abcdefghijklmnopqrstuvw23";
    /** {@code printf abcdefghijklmnopqrstuvw23 | sha256sum} */
    private static final String NORMAL_SHA256 = "0850a683202e5e3ea8cb85e504d8052a7cfd99b2c172fffdf8bb1d4ed8295953";

    @Test
    void carriesAtLeast112RandomBitsInLowerCaseBase32() {
        RecoveryCode code = RecoveryCode.generate(new SecureRandom());

        assertThat(RecoveryCode.ENTROPY_BITS).isGreaterThanOrEqualTo(112);
        assertThat(code.value()).matches("[a-z2-7]{25}");
        assertThat(RecoveryCode.generate(new SecureRandom())).isNotEqualTo(code);
    }

    @Test
    void isShownAsFiveGroupsOfFive() {
        assertThat(new RecoveryCode(NORMAL).display()).isEqualTo("abcde-fghij-klmno-pqrst-uvw23");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "abcde-fghij-klmno-pqrst-uvw23",
                "ABCDE-FGHIJ-KLMNO-PQRST-UVW23",
                "abcdefghijklmnopqrstuvw23",
                "  abcde fghij klmno pqrst uvw23 ",
                "AbCdE--fGhIj-KlMnO-pQrSt-UvW23",
                "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w-2-3"
            })
    void isTypedBackInAnyCaseWithOrWithoutSpacesAndHyphens(String typed) {
        assertThat(RecoveryCode.parse(typed)).contains(new RecoveryCode(NORMAL));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "abcde-fghij-klmno-pqrst-uvw2",
                "abcde-fghij-klmno-pqrst-uvw234",
                "abcde-fghij-klmno-pqrst-uvw21",
                "abcde-fghij-klmno-pqrst-uvw20",
                "abcde_fghij_klmno_pqrst_uvw23",
                "abcde\tfghij-klmno-pqrst-uvw23",
                "abcde-fghij-klmno-pqrst-uvw23\u0000",
                "abcde\u2010fghij-klmno-pqrst-uvw23",
                "\u0430bcde-fghij-klmno-pqrst-uvw23",
                "\u0131bcde-fghij-klmno-pqrst-uvw23",
                "\uff41bcde-fghij-klmno-pqrst-uvw23"
            })
    void anythingElseIsRefusedWithoutAnException(String typed) {
        assertThat(RecoveryCode.parse(typed)).isEmpty();
    }

    @Test
    void noTextAndVeryLongTextAreRefusedToo() {
        assertThat(RecoveryCode.parse(null)).isEmpty();
        assertThat(RecoveryCode.parse("-".repeat(200) + NORMAL)).isEmpty();
        assertThat(RecoveryCode.parse(NORMAL.repeat(10_000))).isEmpty();
    }

    @Test
    void onlyTheNormalFormMakesACode() {
        assertThatThrownBy(() -> new RecoveryCode("ABCDEFGHIJKLMNOPQRSTUVW23"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecoveryCode("abcde-fghij-klmno-pqrst-uvw23"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hashesItsNormalFormWithSha256() {
        assertThat(RecoveryCodeHash.of(new RecoveryCode(NORMAL)).value()).isEqualTo(NORMAL_SHA256);
        assertThat(RecoveryCodeHash.of(RecoveryCode.parse("ABCDE FGHIJ KLMNO PQRST UVW23")
                                .orElseThrow())
                        .value())
                .isEqualTo(NORMAL_SHA256);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "", // empty
                "0850a683202e5e3ea8cb85e504d8052a7cfd99b2c172fffdf8bb1d4ed829595", // 63 digits
                "0850a683202e5e3ea8cb85e504d8052a7cfd99b2c172fffdf8bb1d4ed82959530", // 65 digits
                "0850A683202E5E3EA8CB85E504D8052A7CFD99B2C172FFFDF8BB1D4ED8295953", // upper case
                "abcdefghijklmnopqrstuvw23" // a code, not its hash
            })
    void aHashIsOnlyLowerCaseHexSha256(String notAHash) {
        assertThatThrownBy(() -> new RecoveryCodeHash(notAHash))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64 lower-case hex digits");
    }

    @Test
    void neverPrintsItselfOrItsHash() {
        RecoveryCode code = new RecoveryCode(NORMAL);
        RecoveryCodeHash hash = RecoveryCodeHash.of(code);

        assertThat(code.toString()).doesNotContain(NORMAL).doesNotContain("abcde");
        assertThat(hash.toString()).doesNotContain(hash.value());
    }
}
