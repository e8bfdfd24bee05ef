package dev.gatehouse.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Whose {@code X-Forwarded-For} is believed. Switching forwarded headers on
 * ({@code SERVER_FORWARD_HEADERS_STRATEGY=native}) trusts nobody until the deployer names the
 * proxies: Spring Boot's own default would trust every private range and loopback, so any client
 * in the same network (or a sidecar) could pick its rate-limit bucket and its audited address.
 */
class ForwardedHeadersE2ETest {

    static String addressSeenFor(EndToEndTest test, String forwardedFor) {
        String email = EndToEndTest.uniqueEmail("forwarded");
        test.register(email);
        HttpApi.Response login = test.api.postWithHeaders(
                "/api/v1/auth/login",
                HttpApi.body("email", email, "password", EndToEndTest.PASSWORD),
                Map.of("X-Forwarded-For", forwardedFor));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        JsonNode sessions = test.api
                .get(
                        "/api/v1/users/me/sessions",
                        login.json().path("access_token").asString())
                .json();
        return sessions.get(0).path("ip").asString();
    }

    @Nested
    @TestPropertySource(properties = "server.forward-headers-strategy=native")
    class NativeWithoutNamedProxies extends EndToEndTest {
        @Test
        void aForwardedForFromAnUnnamedLoopbackPeerIsIgnored() {
            assertThat(addressSeenFor(this, "203.0.113.9")).isEqualTo("127.0.0.1");
        }
    }

    @Nested
    @TestPropertySource(
            properties = {
                "server.forward-headers-strategy=native",
                "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1"
            })
    class NativeWithANamedProxy extends EndToEndTest {
        @Test
        void theNamedProxysForwardedForIsTheClient() {
            assertThat(addressSeenFor(this, "203.0.113.9")).isEqualTo("203.0.113.9");
        }
    }
}
