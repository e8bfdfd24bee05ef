package dev.gatehouse.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** With cookie delivery on, a browser client never has to hold the refresh token in script. */
@TestPropertySource(properties = "app.auth.refresh-cookie.enabled=true")
class RefreshCookieE2ETest extends EndToEndTest {
    private static final String COOKIE = "gatehouse_refresh";

    private static String cookieValue(HttpApi.Response response) {
        String setCookie = response.headers("Set-Cookie").stream()
                .filter(c -> c.startsWith(COOKIE + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + COOKIE + " cookie in " + response.headers()));
        return setCookie.substring(COOKIE.length() + 1, setCookie.indexOf(';'));
    }

    @Test
    void loginSetsAHardenedCookieThatRefreshAndLogoutAccept() {
        String email = uniqueEmail("browser");
        register(email);

        HttpApi.Response login =
                api.post("/api/v1/auth/login", HttpApi.body("email", email, "password", PASSWORD), null);
        assertThat(login.status()).isEqualTo(200);
        String setCookie = login.headers("Set-Cookie").getFirst();
        assertThat(setCookie)
                .contains("HttpOnly")
                .contains("Secure")
                .contains("SameSite=Strict")
                .contains("Path=/api/v1/auth");
        String cookie = cookieValue(login);
        assertThat(cookie).isEqualTo(login.json().path("refresh_token").asString());

        HttpApi.Response refreshed =
                api.postWithHeaders("/api/v1/auth/refresh", null, Map.of("Cookie", COOKIE + "=" + cookie));
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        String rotated = cookieValue(refreshed);
        assertThat(rotated)
                .isNotEqualTo(cookie)
                .isEqualTo(refreshed.json().path("refresh_token").asString());

        HttpApi.Response logout =
                api.postWithHeaders("/api/v1/auth/logout", null, Map.of("Cookie", COOKIE + "=" + rotated));
        assertThat(logout.status()).isEqualTo(204);
        assertThat(logout.headers("Set-Cookie").getFirst())
                .startsWith(COOKIE + "=")
                .contains("Max-Age=0");
        assertProblem(refresh(rotated), 401, "invalid-refresh-token");
    }
}
