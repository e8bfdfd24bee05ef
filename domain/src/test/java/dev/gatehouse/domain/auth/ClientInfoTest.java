package dev.gatehouse.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientInfoTest {

    @Test
    void replacesUnsafeCharactersTheClientSent() {
        ClientInfo client = new ClientInfo("10.0.0.1\u0000", "agent\u0000\u0085\n\ud800/1.0");
        assertThat(client.ip()).isEqualTo("10.0.0.1\uFFFD");
        assertThat(client.userAgent()).isEqualTo("agent\uFFFD\uFFFD\uFFFD\uFFFD/1.0");
    }

    @Test
    void cutsToTheColumnSizesWithoutLeavingHalfAPair() {
        String agent = "a".repeat(ClientInfo.MAX_USER_AGENT - 1) + "\uD83D\uDE00";
        assertThat(new ClientInfo(null, agent).userAgent())
                .hasSize(ClientInfo.MAX_USER_AGENT)
                .endsWith("\uFFFD");
        assertThat(new ClientInfo(null, null)).isEqualTo(ClientInfo.unknown());
    }
}
