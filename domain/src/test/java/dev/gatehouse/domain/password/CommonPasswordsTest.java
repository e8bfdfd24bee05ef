package dev.gatehouse.domain.password;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommonPasswordsTest {

    @Test
    void bundlesAtLeastTheTenThousandMostCommon() {
        CommonPasswords bundled = CommonPasswords.bundled();

        assertThat(bundled.size()).isGreaterThanOrEqualTo(9_900); // a few entries differ only in case
        assertThat(bundled.contains("123456")).isTrue();
        assertThat(bundled.contains("qwerty")).isTrue();
        assertThat(bundled.contains("correct horse battery")).isFalse();
    }
}
