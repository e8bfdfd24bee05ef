package dev.gatehouse.adapter.in.rest.problem;

import static dev.gatehouse.adapter.in.rest.support.ProblemAssertions.problem;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asAdmin;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import dev.gatehouse.adapter.in.rest.support.SliceTest;
import dev.gatehouse.adapter.in.rest.support.TestTokens;
import dev.gatehouse.domain.common.StoreUnavailableException;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.UserId;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * While the database cannot be reached, every request that needs it gets the same 503: from a
 * controller's use case, and from the checks the token decoder makes before any controller runs
 * (the standing check, the key lookup), where it must be neither a 401 nor a 500.
 */
@WebMvcTest
class StoreUnavailableTest extends SliceTest {
    private static final UserId ME = UserId.newId();
    private static final String INTERNALS = "db.internal.example:5432";

    @Test
    void aUseCaseThatCannotReachTheStoreIs503WithRetryAfter() throws Exception {
        useCases.failWith(unavailable());

        mvc.perform(get("/api/v1/users/me").with(asUser(ME))).andExpect(serviceUnavailable());
        mvc.perform(get("/api/v1/users").with(asAdmin(ME))).andExpect(serviceUnavailable());
    }

    @Test
    void aPublicEndpointIs503Too() throws Exception {
        useCases.failWith(unavailable());

        mvc.perform(post("/api/v1/auth/login")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"ada@example.com\",\"password\":\"pw-long-enough\"}"))
                .andExpect(serviceUnavailable());
    }

    @Test
    void theStandingCheckFailingDuringTokenValidationIs503NotA401() throws Exception {
        useCases.failStandingChecksWith(unavailable());

        mvc.perform(get("/api/v1/users/me").header("Authorization", "Bearer " + TestTokens.signed(ME, Role.USER)))
                .andExpect(serviceUnavailable())
                .andExpect(header().doesNotExist("WWW-Authenticate"));

        assertThat(useCases.standingChecks()).hasSize(1);
        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void theKeyLookupFailingDuringTokenValidationIs503NotA401() throws Exception {
        useCases.failKeyLookupsWith(unavailable());

        mvc.perform(get("/api/v1/users")
                        .header("Authorization", "Bearer " + TestTokens.signed(ME, Role.USER, Role.ADMIN)))
                .andExpect(serviceUnavailable())
                .andExpect(header().doesNotExist("WWW-Authenticate"));

        assertThat(useCases.standingChecks()).isEmpty();
        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void aTokenThatIsBadAnywayIsStill401WhenItNeedsNoLookup() throws Exception {
        useCases.failKeyLookupsWith(unavailable());
        useCases.failStandingChecksWith(unavailable());

        mvc.perform(get("/api/v1/users/me").header("Authorization", "Bearer not-a-jwt"))
                .andExpect(problem(401, "unauthorized"))
                .andExpect(header().exists("WWW-Authenticate"));
    }

    private static StoreUnavailableException unavailable() {
        return new StoreUnavailableException(new SQLTransientConnectionException(
                "Connection to " + INTERNALS + " refused. Check that the hostname and port are correct"));
    }

    private static ResultMatcher serviceUnavailable() {
        return result -> {
            problem(503, "service-unavailable").match(result);
            header().string("Retry-After", "5").match(result);
            jsonPath("$.detail").value(not(containsString("database"))).match(result);
            content().string(not(containsString(INTERNALS))).match(result);
            content().string(not(containsString("SQL"))).match(result);
            content().string(not(containsString("Connection"))).match(result);
        };
    }
}
