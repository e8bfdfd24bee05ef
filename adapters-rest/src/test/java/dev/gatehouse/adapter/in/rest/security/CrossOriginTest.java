package dev.gatehouse.adapter.in.rest.security;

import static dev.gatehouse.adapter.in.rest.support.ProblemAssertions.problem;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asUser;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.gatehouse.domain.user.UserId;
import java.util.Collection;
import java.util.Locale;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** CORS: off unless origins are named; then preflights work on protected paths, for those origins only. */
class CrossOriginTest {
    static final String ALLOWED = "https://app.example";
    static final String OTHER = "https://evil.example";
    static final String PROTECTED = "/api/v1/users/me";

    static MockHttpServletRequestBuilder preflight(String origin, String method, String headers) {
        return options(PROTECTED)
                .header(HttpHeaders.ORIGIN, origin)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, method)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, headers);
    }

    /** Not a single Access-Control-* header. */
    static ResultMatcher noCorsHeaders() {
        return result -> {
            Collection<String> names = result.getResponse().getHeaderNames();
            Assertions.assertThat(names)
                    .noneMatch(name -> name.toLowerCase(Locale.ROOT).startsWith("access-control-"));
        };
    }

    @Nested
    @WebMvcTest
    class ByDefault {
        @Autowired
        MockMvc mvc;

        @Test
        void sendsNoCorsHeaders() throws Exception {
            mvc.perform(preflight(ALLOWED, "GET", "authorization"))
                    .andExpect(problem(401, "unauthorized"))
                    .andExpect(noCorsHeaders());
            mvc.perform(get(PROTECTED).header(HttpHeaders.ORIGIN, ALLOWED).with(asUser(UserId.newId())))
                    .andExpect(noCorsHeaders());
        }
    }

    @Nested
    @WebMvcTest(properties = "app.cors.allowed-origins=" + ALLOWED)
    class WithAnAllowedOrigin {
        @Autowired
        MockMvc mvc;

        @Test
        void answersAPreflightToAProtectedPathWithoutAToken() throws Exception {
            mvc.perform(preflight(ALLOWED, "PATCH", "authorization, content-type"))
                    .andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ALLOWED))
                    .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, containsString("PATCH")))
                    .andExpect(header().string(
                                    HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
                                    containsStringIgnoringCase("Authorization")))
                    .andExpect(header().string(
                                    HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
                                    containsStringIgnoringCase("Content-Type")))
                    .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "1800"))
                    .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS));
        }

        @Test
        void letsThePageReadTheHeadersItNeeds() throws Exception {
            mvc.perform(get(PROTECTED).header(HttpHeaders.ORIGIN, ALLOWED))
                    .andExpect(problem(401, "unauthorized"))
                    .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ALLOWED))
                    .andExpect(header().string(
                                    HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                                    "Location, Retry-After, WWW-Authenticate"));
        }

        @Test
        void refusesAnotherOriginWithAProblem() throws Exception {
            mvc.perform(preflight(OTHER, "GET", "authorization"))
                    .andExpect(problem(403, "forbidden"))
                    .andExpect(noCorsHeaders());
            mvc.perform(get(PROTECTED).header(HttpHeaders.ORIGIN, OTHER).with(asUser(UserId.newId())))
                    .andExpect(problem(403, "forbidden"))
                    .andExpect(noCorsHeaders());
        }

        @Test
        void refusesAHeaderOrMethodItDoesNotNeed() throws Exception {
            mvc.perform(preflight(ALLOWED, "GET", "x-custom")).andExpect(problem(403, "forbidden"));
            mvc.perform(preflight(ALLOWED, "TRACE", "authorization")).andExpect(problem(403, "forbidden"));
        }

        @Test
        void leavesSameOriginRequestsAlone() throws Exception {
            mvc.perform(get(PROTECTED)
                            .header(HttpHeaders.ORIGIN, "http://localhost")
                            .with(asUser(UserId.newId())))
                    .andExpect(status().isOk())
                    .andExpect(noCorsHeaders());
        }
    }
}
