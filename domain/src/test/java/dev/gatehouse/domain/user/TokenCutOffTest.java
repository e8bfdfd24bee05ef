package dev.gatehouse.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenCutOffTest {
    private static final Instant CUT_OFF = Instant.parse("2026-11-27T10:00:01Z");

    @Test
    void acceptsATokenIssuedAtOrAfterTheCutOffOfAnEnabledAccount() {
        TokenCutOff cutOff = new TokenCutOff(CUT_OFF, true);

        assertThat(cutOff.accepts(CUT_OFF)).isTrue();
        assertThat(cutOff.accepts(CUT_OFF.plusSeconds(60))).isTrue();
        assertThat(cutOff.accepts(CUT_OFF.minusMillis(1))).isFalse();
    }

    @Test
    void acceptsNoTokenOfADisabledAccount() {
        assertThat(new TokenCutOff(CUT_OFF, false).accepts(CUT_OFF.plusSeconds(60)))
                .isFalse();
    }
}
