package dev.gatehouse.adapter.in.rest;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;

/**
 * Every answer is UTF-8 (JSON has no other encoding and no {@code charset} parameter, RFC 8259
 * §8.1 and §11), so a {@code charset} asked for in {@code Accept} is dropped before anything
 * negotiates: {@code application/json;charset=utf-16} is {@code application/json}.
 *
 * <p>Left in, it chose the media type and then no converter could write it: every JSON endpoint
 * answered 500 after its change had been made (a registration stored, a refresh token spent), and
 * a charset the converter did accept, such as US-ASCII, labelled UTF-8 bytes with it.
 */
public final class AcceptCharsetIgnoringFilter implements Filter {
    private static final String CHARSET = "charset";
    // ";charset=value" or ";charset=\"quoted value\"" (RFC 9110 §5.6.6), any case, optional white space.
    private static final Pattern CHARSET_PARAMETER = Pattern.compile(
            "[ \\t]*;[ \\t]*charset[ \\t]*=[ \\t]*(\"(?:[^\"\\\\]|\\\\.)*\"|[^;,]*)", Pattern.CASE_INSENSITIVE);

    // A plain filter, not a once-per-request one: running it again (on an error page) changes
    // nothing, and every request is spared the bookkeeping of a request attribute.
    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(servletRequest instanceof HttpServletRequest request)) {
            chain.doFilter(servletRequest, response);
            return;
        }
        if (!mentionsCharset(request)) {
            chain.doFilter(request, response);
            return;
        }
        String accept = withoutCharsets(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
        chain.doFilter(new AcceptRewritten(request, accept), response);
    }

    // Every request passes here: the common case (no charset asked for) allocates nothing.
    private static boolean mentionsCharset(HttpServletRequest request) {
        Enumeration<String> values = request.getHeaders(HttpHeaders.ACCEPT);
        while (values.hasMoreElements()) {
            if (mentionsCharset(values.nextElement())) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsCharset(String value) {
        for (int i = value.indexOf('='); i >= 0; i = value.indexOf('=', i + 1)) {
            int end = i;
            while (end > 0 && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
                end--;
            }
            if (end >= CHARSET.length()
                    && value.regionMatches(true, end - CHARSET.length(), CHARSET, 0, CHARSET.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Accept values as one header without their charset parameters. Textual, so that a charset
     * nobody knows ({@code charset=bogus}) is dropped as well and the rest is left exactly as sent.
     */
    static String withoutCharsets(List<String> acceptValues) {
        return CHARSET_PARAMETER.matcher(String.join(", ", acceptValues)).replaceAll("");
    }

    private static final class AcceptRewritten extends HttpServletRequestWrapper {
        private final String accept;

        AcceptRewritten(HttpServletRequest request, String accept) {
            super(request);
            this.accept = accept;
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name)
                    ? Collections.enumeration(List.of(accept))
                    : super.getHeaders(name);
        }
    }
}
