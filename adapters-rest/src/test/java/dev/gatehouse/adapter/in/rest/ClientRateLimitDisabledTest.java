package dev.gatehouse.adapter.in.rest;

import static dev.gatehouse.adapter.in.rest.ClientRateLimitFilterTest.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.gatehouse.adapter.in.rest.support.TestClients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

/** Switched off (as benchmarks run), the limit is not there at all: nothing is counted or refused. */
@WebMvcTest(properties = {"app.rate-limit.enabled=false", "app.rate-limit.capacity=1"})
class ClientRateLimitDisabledTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    FilterRegistrationBean<ClientRateLimitFilter> clientRateLimitFilter;

    @Test
    void noRequestIsEverRefused() throws Exception {
        for (int i = 0; i < 25; i++) {
            mvc.perform(login().with(TestClients.from("192.0.2.7")))
                    .andExpect(status().isOk())
                    .andExpect(header().doesNotExist("Retry-After"));
        }
    }

    @Test
    void theFilterIsNotRegistered() {
        assertThat(clientRateLimitFilter.isEnabled()).isFalse();
    }
}
