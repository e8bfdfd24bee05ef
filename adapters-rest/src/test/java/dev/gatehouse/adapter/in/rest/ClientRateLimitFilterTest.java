package dev.gatehouse.adapter.in.rest;

import static dev.gatehouse.adapter.in.rest.support.ProblemAssertions.problem;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.gatehouse.adapter.in.rest.support.SliceTest;
import dev.gatehouse.adapter.in.rest.support.TestClients;
import dev.gatehouse.domain.port.in.auth.LogInCommand;
import dev.gatehouse.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The per-address limit on /api/v1/auth/*, with a capacity of 3 per minute. The context (and so
 * every bucket) lives across tests, so each test uses addresses of its own.
 */
@WebMvcTest(properties = {"app.rate-limit.capacity=3", "app.rate-limit.refill-period=PT1M"})
class ClientRateLimitFilterTest extends SliceTest {
    private static final int CAPACITY = 3;

    @Test
    void theRequestAfterTheCapacityIs429RateLimitedWithRetryAfter() throws Exception {
        for (int i = 0; i < CAPACITY; i++) {
            mvc.perform(login().with(TestClients.from("192.0.2.1"))).andExpect(status().isOk());
        }

        String retryAfter = mvc.perform(login().with(TestClients.from("192.0.2.1")))
                .andExpect(problem(429, "rate-limited"))
                .andExpect(header().exists("Retry-After"))
                .andReturn()
                .getResponse()
                .getHeader("Retry-After");

        // Refilled greedily: one token every 60 s / 3 = 20 s, so the next one is at most 20 s away.
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 20L);
        assertThat(useCases.calls()).hasSize(CAPACITY).allMatch(LogInCommand.class::isInstance);
    }

    @Test
    void everyAuthEndpointDrawsFromTheSameBucket() throws Exception {
        String address = "192.0.2.2";
        mvc.perform(json(post("/api/v1/auth/register"), "{\"email\":\"a@example.com\",\"password\":\"pw-long-enough\"}")
                        .with(TestClients.from(address)))
                .andExpect(status().isCreated());
        mvc.perform(json(post("/api/v1/auth/refresh"), "{\"refresh_token\":\"t\"}")
                        .with(TestClients.from(address)))
                .andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/auth/logout"), "{\"refresh_token\":\"t\"}")
                        .with(TestClients.from(address)))
                .andExpect(status().isNoContent());

        mvc.perform(login().with(TestClients.from(address))).andExpect(problem(429, "rate-limited"));
    }

    /** The endpoints of mailed links are under /api/v1/auth too, also the nested reset confirmation. */
    @Test
    void theMailedLinkEndpointsDrawFromTheSameBucket() throws Exception {
        String address = "192.0.2.7";
        String token = "{\"token\":\"q7Vx-3_Zb9KfL2mNpQrStUvWxYz0123456789abcdEF\"}";
        mvc.perform(json(post("/api/v1/auth/password-reset"), "{\"email\":\"a@example.com\"}")
                        .with(TestClients.from(address)))
                .andExpect(status().isAccepted());
        mvc.perform(json(
                                post("/api/v1/auth/password-reset/confirm"),
                                token.replace("}", ",\"newPassword\":\"pw-long-enough\"}"))
                        .with(TestClients.from(address)))
                .andExpect(status().isNoContent());
        mvc.perform(json(post("/api/v1/auth/verify-email"), token).with(TestClients.from(address)))
                .andExpect(status().isNoContent());

        mvc.perform(json(post("/api/v1/auth/confirm-email-change"), token).with(TestClients.from(address)))
                .andExpect(problem(429, "rate-limited"));
        mvc.perform(json(post("/api/v1/auth/password-reset/confirm"), token).with(TestClients.from(address)))
                .andExpect(problem(429, "rate-limited"));
    }

    @Test
    void aRefusedRequestIsNotReadOrAuthenticated() throws Exception {
        String address = "192.0.2.3";
        for (int i = 0; i < CAPACITY; i++) {
            mvc.perform(login().with(TestClients.from(address))).andExpect(status().isOk());
        }
        useCases.reset();

        // Malformed JSON and a wrong method would be 400 and 405; the limit answers first.
        mvc.perform(json(post("/api/v1/auth/login"), "{\"email\":").with(TestClients.from(address)))
                .andExpect(problem(429, "rate-limited"));
        mvc.perform(get("/api/v1/auth/login").with(TestClients.from(address))).andExpect(problem(429, "rate-limited"));
        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void anotherAddressHasItsOwnBucket() throws Exception {
        for (int i = 0; i < CAPACITY; i++) {
            mvc.perform(login().with(TestClients.from("192.0.2.4"))).andExpect(status().isOk());
        }
        mvc.perform(login().with(TestClients.from("192.0.2.4"))).andExpect(problem(429, "rate-limited"));

        mvc.perform(login().with(TestClients.from("192.0.2.5"))).andExpect(status().isOk());
        mvc.perform(login().with(TestClients.from("2001:db8::5"))).andExpect(status().isOk());
    }

    @Test
    void pathsOutsideAuthAreNotLimited() throws Exception {
        String address = "192.0.2.6";
        for (int i = 0; i < CAPACITY; i++) {
            mvc.perform(login().with(TestClients.from(address))).andExpect(status().isOk());
        }
        mvc.perform(login().with(TestClients.from(address))).andExpect(problem(429, "rate-limited"));

        for (int i = 0; i < 2 * CAPACITY; i++) {
            mvc.perform(get("/.well-known/jwks.json").with(TestClients.from(address)))
                    .andExpect(status().isOk());
            mvc.perform(get("/api/v1/users/me").with(asUser(UserId.newId())).with(TestClients.from(address)))
                    .andExpect(status().isOk());
            mvc.perform(get("/api/v1/authx").with(TestClients.from(address))).andExpect(problem(404, "not-found"));
        }
    }

    static MockHttpServletRequestBuilder login() {
        return json(post("/api/v1/auth/login"), "{\"email\":\"ada@example.com\",\"password\":\"pw-long-enough\"}");
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
