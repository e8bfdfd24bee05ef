package dev.gatehouse.adapter.in.rest.problem;

import static dev.gatehouse.adapter.in.rest.support.ProblemAssertions.problem;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asAdmin;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.gatehouse.adapter.in.rest.security.AdminOnly;
import dev.gatehouse.adapter.in.rest.support.SliceTest;
import dev.gatehouse.domain.common.DomainException;
import dev.gatehouse.domain.user.UserId;
import jakarta.servlet.RequestDispatcher;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@WebMvcTest
@Import(ProblemHandlingTest.AdminOnlyProbe.class)
class ProblemHandlingTest extends SliceTest {
    private static final UserId ME = UserId.newId();

    /** An @AdminOnly endpoint outside the paths the filter chain restricts, to see method security alone. */
    @RestController
    static class AdminOnlyProbe {
        @AdminOnly
        @GetMapping("/probe/admin-only")
        public String adminOnly() {
            return "\"ok\"";
        }
    }

    @Test
    void methodSecurityDenialIsThe403Problem() throws Exception {
        mvc.perform(get("/probe/admin-only").with(asUser(ME))).andExpect(problem(403, "forbidden"));
        mvc.perform(get("/probe/admin-only").with(asAdmin(ME))).andExpect(status().isOk());
    }

    @Test
    void anUnknownPathIs404() throws Exception {
        mvc.perform(get("/api/v1/nothing-here").with(asUser(ME)))
                .andExpect(problem(404, "not-found"))
                .andExpect(jsonPath("$.instance").value("/api/v1/nothing-here"));
    }

    @Test
    void anUnknownPathWithoutTokenIs404Too() throws Exception {
        mvc.perform(get("/api/v1/nothing-here"))
                .andExpect(problem(404, "not-found"))
                .andExpect(jsonPath("$.instance").value("/api/v1/nothing-here"));
    }

    @Test
    void aWrongMethodIs405WithAllow() throws Exception {
        mvc.perform(post("/api/v1/users/me")
                        .with(asUser(ME))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(problem(405, "method-not-allowed"))
                .andExpect(header().string("Allow", containsString("GET")));
    }

    @Test
    void aBodyThatIsNotJsonIs415() throws Exception {
        mvc.perform(put("/api/v1/users/me/password")
                        .with(asUser(ME))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("currentPassword=x"))
                .andExpect(problem(415, "unsupported-media-type"));
        mvc.perform(put("/api/v1/users/me/password").with(asUser(ME)).content("{}"))
                .andExpect(problem(415, "unsupported-media-type"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void aBodyOverOneMebibyteIs413() throws Exception {
        byte[] body =
                ("{\"email\":\"" + "a".repeat(1024 * 1024) + "\",\"password\":\"x\"}").getBytes(StandardCharsets.UTF_8);

        mvc.perform(post("/api/v1/auth/login")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(problem(413, "payload-too-large"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void aBodyOfExactlyOneMebibyteIsRead() throws Exception {
        String prefix = "{\"email\":\"ada@example.com\",\"password\":\"";
        String suffix = "\"}";
        String padding = "p".repeat(1024 * 1024 - prefix.length() - suffix.length());

        mvc.perform(post("/api/v1/auth/login")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(prefix + padding + suffix))
                .andExpect(status().isOk());
    }

    @Test
    void anUnexpectedFailureIsAGeneric500() throws Exception {
        useCases.failWith(new IllegalStateException("SELECT password_hash FROM users failed at dev.gatehouse.X"));

        mvc.perform(get("/api/v1/users/me").with(asUser(ME)))
                .andExpect(problem(500, "internal-error"))
                .andExpect(content().string(not(containsString("SELECT"))))
                .andExpect(content().string(not(containsString("password_hash"))));
    }

    @Test
    void aDomainErrorWithoutAnHttpAnswerIsAGeneric500() throws Exception {
        useCases.failWith(new DomainException("internal rule text") {});

        mvc.perform(get("/api/v1/users/me").with(asUser(ME)))
                .andExpect(problem(500, "internal-error"))
                .andExpect(content().string(not(containsString("internal rule text"))));
    }

    @Test
    void problemsAreJsonWhateverTheClientAccepts() throws Exception {
        mvc.perform(get("/api/v1/nothing-here").with(asUser(ME)).accept(MediaType.TEXT_HTML))
                .andExpect(problem(404, "not-found"));
    }

    @Test
    void theErrorPageAnswersContainerErrorsAsProblems() throws Exception {
        mvc.perform(get("/error")
                        .with(asUser(ME))
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/%zz")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalArgumentException("secret")))
                .andExpect(problem(400, "malformed-request"))
                .andExpect(jsonPath("$.instance").value("/api/v1/%zz"))
                .andExpect(content().string(not(containsString("secret"))));
        mvc.perform(get("/error").with(asUser(ME)).requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 503))
                .andExpect(problem(503, "internal-error"));
        mvc.perform(get("/error").with(asUser(ME)).requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 414))
                .andExpect(problem(414, "request-rejected"));
    }

    @Test
    void aPlainVisitOfTheErrorPageFindsNothing() throws Exception {
        mvc.perform(get("/error").with(asUser(ME))).andExpect(problem(404, "not-found"));
    }
}
