package dev.gatehouse.domain.password;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommonPasswordsTest {

    @Test
    void bundlesAtLeastTheTenThousandMostCommon() {
        CommonPasswords bundled = CommonPasswords.bundled();

        assertThat(bundled.contains("123456")).as("the first line").isTrue();
        assertThat(bundled.contains("qqqqqq1")).as("the last line").isTrue();
        assertThat(bundled.contains("qwerty")).isTrue();
        assertThat(bundled.contains("correct horse battery")).isFalse();
    }
}
