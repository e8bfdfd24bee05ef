package dev.gatehouse.adapter.in.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorsSettingsTest {

    @Test
    void noOriginsIsOff() {
        assertThat(new CorsSettings(List.of()).enabled()).isFalse();
        assertThat(new CorsSettings(List.of("https://app.example.com", "http://localhost:5173", "*")).enabled())
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://app.example.com/",
                "https://app.example.com/app",
                "app.example.com",
                "ftp://x.example",
                ""
            })
    void anEntryABrowserWouldNeverSendStopsTheStart(String origin) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CorsSettings(List.of(origin)))
                .withMessageContaining("app.cors.allowed-origins");
    }
}
