package dev.gatehouse.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.adapter.in.rest.common.RequestBodyLimit;
import dev.gatehouse.adapter.in.rest.common.RequestBodyTooLargeException;
import dev.gatehouse.adapter.in.rest.problem.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class RequestBodyLimitFilterTest {
    private static final int LIMIT = (int) RequestBodyLimit.BYTES;

    private final RequestBodyLimitFilter filter =
            new RequestBodyLimitFilter(new ProblemWriter(JsonMapper.builder().build()));

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedUnread() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/auth/login");
        request.setContent(new byte[LIMIT + 1]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<Boolean> passedOn = new AtomicReference<>(false);

        filter.doFilter(request, response, (req, res) -> passedOn.set(true));

        assertThat(passedOn.get()).isFalse();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("https://gatehouse.dev/problems/payload-too-large");
        assertThat(response.getHeader("Connection")).isEqualTo("close");
    }

    @Test
    void aChunkedBodyFailsTheReadAtTheFirstByteOverTheLimit() throws Exception {
        HttpServletRequest chunked = withoutLength(LIMIT + 1);

        FilterChain reader = (req, res) -> req.getInputStream().readAllBytes();

        assertThatThrownBy(() -> filter.doFilter(chunked, new MockHttpServletResponse(), reader))
                .isInstanceOf(RequestBodyTooLargeException.class);
    }

    @Test
    void aChunkedBodyReadByteByByteIsCountedToo() {
        HttpServletRequest chunked = withoutLength(LIMIT + 1);

        FilterChain reader = (req, res) -> {
            var in = req.getInputStream();
            while (in.read() >= 0) {
                // drain
            }
        };

        assertThatThrownBy(() -> filter.doFilter(chunked, new MockHttpServletResponse(), reader))
                .isInstanceOf(RequestBodyTooLargeException.class);
    }

    @Test
    void aChunkedBodyOfExactlyTheLimitIsReadWhole() throws Exception {
        HttpServletRequest chunked = withoutLength(LIMIT);
        AtomicReference<Integer> read = new AtomicReference<>();

        filter.doFilter(
                chunked,
                new MockHttpServletResponse(),
                (req, res) -> read.set(
                        req.getReader().lines().mapToInt(String::length).sum()));

        assertThat(read.get()).isEqualTo(LIMIT);
    }

    /** A request whose body arrives without Content-Length, as a chunked one does. */
    private static HttpServletRequest withoutLength(int bodyBytes) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/auth/login");
        request.setContent("x".repeat(bodyBytes).getBytes(StandardCharsets.US_ASCII));
        return new HttpServletRequestWrapper(request) {
            @Override
            public int getContentLength() {
                return -1;
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
    }
}
