package dev.gatehouse.adapter.in.rest;

import dev.gatehouse.adapter.in.rest.common.RequestBodyLimit;
import dev.gatehouse.adapter.in.rest.common.RequestBodyTooLargeException;
import dev.gatehouse.adapter.in.rest.problem.Problem;
import dev.gatehouse.adapter.in.rest.problem.ProblemType;
import dev.gatehouse.adapter.in.rest.problem.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies over the {@link RequestBodyLimit} with 413. A declared Content-Length over the limit is refused before
 * anything reads the body; a body without one (chunked) is counted while it is read and fails
 * the read at the first byte past the limit, which the problem handler answers with 413.
 */
public final class RequestBodyLimitFilter extends OncePerRequestFilter {
    private final ProblemWriter problems;

    public RequestBodyLimitFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > RequestBodyLimit.BYTES) {
            // The unread body would otherwise be taken for the next request on this connection.
            response.setHeader("Connection", "close");
            ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
            problems.write(response, Problem.of(type, type.genericDetail(), request.getRequestURI()));
            return;
        }
        chain.doFilter(new LimitedBodyRequest(request), response);
    }

    private static final class LimitedBodyRequest extends HttpServletRequestWrapper {
        private LimitedInputStream body;

        LimitedBodyRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new LimitedInputStream(super.getInputStream());
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {
        private final ServletInputStream delegate;
        private long bytesRead;

        LimitedInputStream(ServletInputStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public int read() throws IOException {
            int next = delegate.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = delegate.read(buffer, offset, length);
            if (read > 0) {
                count(read);
            }
            return read;
        }

        private void count(int bytes) throws RequestBodyTooLargeException {
            bytesRead += bytes;
            if (bytesRead > RequestBodyLimit.BYTES) {
                throw new RequestBodyTooLargeException(RequestBodyLimit.BYTES);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
