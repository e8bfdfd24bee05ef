package dev.gatehouse.adapter.in.rest.auth;

import static dev.gatehouse.adapter.in.rest.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.gatehouse.adapter.in.rest.support.SliceTest;
import dev.gatehouse.domain.port.in.auth.LogOutCommand;
import dev.gatehouse.domain.port.in.auth.RefreshTokensCommand;
import dev.gatehouse.domain.session.InvalidRefreshTokenException;
import jakarta.servlet.http.Cookie;
import java.net.HttpCookie;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/** With refresh cookies switched on, as a deployment for browser clients would. */
@WebMvcTest(properties = "app.auth.refresh-cookie.enabled=true")
class RefreshCookieTest extends SliceTest {
    private static final String LOGIN = "{\"email\":\"ada@example.com\",\"password\":\"pw-long-enough\"}";

    @Test
    void loginAlsoSetsTheRefreshTokenAsAStrictHttpOnlySecureCookieForTheAuthPathsOnly() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/auth/login")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(LOGIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.refresh_token").value("stub-refresh-token"))
                .andReturn();

        String setCookie = onlySetCookie(result);
        assertThat(setCookie)
                .startsWith("gatehouse_refresh=stub-refresh-token;")
                .contains("; Path=/api/v1/auth", "; Max-Age=1209600", "; Secure", "; HttpOnly", "; SameSite=Strict");
        HttpCookie cookie = HttpCookie.parse(setCookie).getFirst();
        assertThat(cookie.getValue()).isEqualTo("stub-refresh-token");
        assertThat(cookie.getMaxAge()).isEqualTo(1_209_600);
    }

    @Test
    void refreshTakesTheCookieWhenThereIsNoBodyAndSetsTheNextOne() throws Exception {
        MvcResult result = mvc.perform(
                        post("/api/v1/auth/refresh").cookie(new Cookie("gatehouse_refresh", "cookie-token")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.refresh_token").value("stub-next-refresh-token"))
                .andReturn();

        assertThat(useCases.lastCall(RefreshTokensCommand.class).refreshToken().value())
                .isEqualTo("cookie-token");
        assertThat(onlySetCookie(result))
                .startsWith("gatehouse_refresh=stub-next-refresh-token;")
                .contains("; Path=/api/v1/auth", "; Max-Age=1123200", "; Secure", "; HttpOnly", "; SameSite=Strict");
    }

    @Test
    void refreshTakesTheCookieWhenTheBodyIsAnEmptyObject() throws Exception {
        mvc.perform(post("/api/v1/auth/refresh")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .cookie(new Cookie("gatehouse_refresh", "cookie-token")))
                .andExpect(status().isOk());

        assertThat(useCases.lastCall(RefreshTokensCommand.class).refreshToken().value())
                .isEqualTo("cookie-token");
    }

    @Test
    void aTokenInTheBodyWinsOverTheCookie() throws Exception {
        mvc.perform(post("/api/v1/auth/refresh")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"refresh_token\":\"body-token\"}")
                        .cookie(new Cookie("gatehouse_refresh", "cookie-token")))
                .andExpect(status().isOk());

        assertThat(useCases.lastCall(RefreshTokensCommand.class).refreshToken().value())
                .isEqualTo("body-token");
    }

    @Test
    void refreshWithNeitherBodyNorCookieIsAValidationErrorThatNamesTheCookie() throws Exception {
        mvc.perform(post("/api/v1/auth/refresh"))
                .andExpect(problem(400, "validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value("refresh_token"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.containsString("gatehouse_refresh")));
        mvc.perform(post("/api/v1/auth/refresh").cookie(new Cookie("gatehouse_refresh", "")))
                .andExpect(problem(400, "validation-failed"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void anInvalidCookieTokenIs401InvalidRefreshToken() throws Exception {
        useCases.failWith(new InvalidRefreshTokenException());

        mvc.perform(post("/api/v1/auth/refresh").cookie(new Cookie("gatehouse_refresh", "spent-token")))
                .andExpect(problem(401, "invalid-refresh-token"))
                .andExpect(header().doesNotExist("WWW-Authenticate"));
    }

    @Test
    void logoutTakesTheCookieAndClearsIt() throws Exception {
        MvcResult result = mvc.perform(
                        post("/api/v1/auth/logout").cookie(new Cookie("gatehouse_refresh", "cookie-token")))
                .andExpect(status().isNoContent())
                .andReturn();

        assertThat(useCases.lastCall(LogOutCommand.class).refreshToken().value())
                .isEqualTo("cookie-token");
        String setCookie = onlySetCookie(result);
        assertThat(setCookie)
                .startsWith("gatehouse_refresh=;")
                .contains("; Path=/api/v1/auth", "; Max-Age=0", "; Secure", "; HttpOnly", "; SameSite=Strict");
    }

    @Test
    void logoutWithATokenInTheBodyAlsoClearsTheCookie() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/auth/logout")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"refresh_token\":\"body-token\"}"))
                .andExpect(status().isNoContent())
                .andReturn();

        assertThat(useCases.lastCall(LogOutCommand.class).refreshToken().value())
                .isEqualTo("body-token");
        assertThat(onlySetCookie(result)).startsWith("gatehouse_refresh=;").contains("; Max-Age=0");
    }

    private static String onlySetCookie(MvcResult result) {
        List<String> setCookies = result.getResponse().getHeaders("Set-Cookie");
        assertThat(setCookies).hasSize(1);
        return setCookies.getFirst();
    }

    @Test
    void theCookieIsRefusedFromAnotherOriginWithoutSpendingIt() throws Exception {
        mvc.perform(post("/api/v1/auth/refresh")
                        .cookie(new Cookie("gatehouse_refresh", "cookie-token"))
                        .header("Host", "auth.example.com")
                        .header("Origin", "https://evil.example.net"))
                .andExpect(problem(403, "cross-origin"));
        mvc.perform(post("/api/v1/auth/logout")
                        .cookie(new Cookie("gatehouse_refresh", "cookie-token"))
                        .header("Host", "auth.example.com")
                        .header("Origin", "null"))
                .andExpect(problem(403, "cross-origin"));
        mvc.perform(post("/api/v1/auth/refresh")
                        .cookie(new Cookie("gatehouse_refresh", "cookie-token"))
                        .header("Sec-Fetch-Site", "cross-site"))
                .andExpect(problem(403, "cross-origin"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void theCookieIsTakenFromTheServicesOwnOriginOrWithoutAnOrigin() throws Exception {
        mvc.perform(post("/api/v1/auth/refresh")
                        .cookie(new Cookie("gatehouse_refresh", "cookie-token"))
                        .header("Host", "auth.example.com")
                        .header("Origin", "https://auth.example.com"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/auth/refresh")
                        .cookie(new Cookie("gatehouse_refresh", "cookie-token"))
                        .header("Host", "auth.example.com:443")
                        .header("Origin", "https://AUTH.example.com"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/auth/refresh").cookie(new Cookie("gatehouse_refresh", "cookie-token")))
                .andExpect(status().isOk());
    }

    @Test
    void aTokenInTheBodyIsTakenWhateverTheOrigin() throws Exception {
        mvc.perform(post("/api/v1/auth/refresh")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"refresh_token\":\"body-token\"}")
                        .header("Origin", "https://other.example.net"))
                .andExpect(status().isOk());

        assertThat(useCases.lastCall(RefreshTokensCommand.class).refreshToken().value())
                .isEqualTo("body-token");
    }
}
