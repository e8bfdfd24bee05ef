package dev.gatehouse.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class AcceptCharsetIgnoringFilterTest {
    private final AcceptCharsetIgnoringFilter filter = new AcceptCharsetIgnoringFilter();

    @Test
    void onlyTheCharsetParameterIsDroppedAndTheWeightsStay() {
        assertThat(AcceptCharsetIgnoringFilter.withoutCharsets(
                        List.of("application/json;charset=utf-16;q=0.9, text/plain;version=0.0.4;CharSet=\"latin1\"")))
                .isEqualTo("application/json;q=0.9, text/plain;version=0.0.4");
    }

    @Test
    void severalAcceptHeadersBecomeOne() {
        assertThat(AcceptCharsetIgnoringFilter.withoutCharsets(
                        List.of("application/problem+json;charset=utf-16", "*/*;q=0.1")))
                .isEqualTo("application/problem+json, */*;q=0.1");
    }

    @Test
    void aCharsetNobodyKnowsSpacedOrHalfQuotedIsDroppedToo() {
        assertThat(AcceptCharsetIgnoringFilter.withoutCharsets(List.of("application/json ; Charset = bogus")))
                .isEqualTo("application/json");
        assertThat(AcceptCharsetIgnoringFilter.withoutCharsets(List.of("application/json;charset=\"utf-16")))
                .isEqualTo("application/json");
        assertThat(AcceptCharsetIgnoringFilter.withoutCharsets(
                        List.of("application/json;charset=\"a;b,c\";q=0.5, */*;q=0.1")))
                .isEqualTo("application/json;q=0.5, */*;q=0.1");
    }

    @Test
    void theChainSeesTheRewrittenHeaderThroughEveryGetter() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/users/me");
        request.addHeader("Accept", "application/json;charset=utf-16");
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        HttpServletRequest seen = (HttpServletRequest) chain.getRequest();
        assertThat(seen.getHeader("accept")).isEqualTo("application/json");
        assertThat(Collections.list(seen.getHeaders("Accept"))).containsExactly("application/json");
    }

    @Test
    void withoutACharsetTheRequestPassesUnwrapped() throws Exception {
        for (String accept : new String[] {
            "application/json", "application/json;q=0.5, */*", "text/charsets", "application/json;xcharsets=1"
        }) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/users/me");
            request.addHeader("Accept", accept);
            MockFilterChain chain = new MockFilterChain();

            filter.doFilter(request, new MockHttpServletResponse(), chain);

            assertThat(chain.getRequest()).as(accept).isSameAs(request);
        }
    }
}
