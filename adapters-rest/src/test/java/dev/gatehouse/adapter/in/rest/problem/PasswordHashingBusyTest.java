package dev.gatehouse.adapter.in.rest.problem;

import static dev.gatehouse.adapter.in.rest.support.ProblemAssertions.problem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import dev.gatehouse.adapter.in.rest.support.SliceTest;
import dev.gatehouse.domain.password.PasswordHashingBusyException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;

/** A login or registration refused because password hashing is at capacity: 503 with Retry-After, never a 500. */
@WebMvcTest
class PasswordHashingBusyTest extends SliceTest {

    @Test
    void aLoginRefusedForWantOfHashingCapacityIs503WithRetryAfter() throws Exception {
        useCases.failWith(new PasswordHashingBusyException(Duration.ofMillis(1500)));

        mvc.perform(post("/api/v1/auth/login")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"ada@example.com\",\"password\":\"pw-long-enough\"}"))
                .andExpect(problem(503, "service-unavailable"))
                .andExpect(header().string("Retry-After", "2"));
    }

    @Test
    void aRegistrationRefusedForWantOfHashingCapacityIs503WithRetryAfter() throws Exception {
        useCases.failWith(new PasswordHashingBusyException(Duration.ofSeconds(1)));

        mvc.perform(post("/api/v1/auth/register")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"ada@example.com\",\"password\":\"correct horse battery\"}"))
                .andExpect(problem(503, "service-unavailable"))
                .andExpect(header().string("Retry-After", "1"));
    }
}
