package dev.gatehouse.adapter.in.rest.security;

import dev.gatehouse.adapter.in.rest.problem.Problem;
import dev.gatehouse.adapter.in.rest.problem.ProblemType;
import dev.gatehouse.adapter.in.rest.problem.ProblemWriter;
import dev.gatehouse.adapter.in.rest.problem.RetryAfter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsProcessor;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * CORS for browser applications served from the origins a deployer names ({@link CorsSettings}).
 * The filter sits where Spring Security puts its own, ahead of authentication, so that a
 * preflight to a protected path is answered without a token.
 *
 * <p>What a browser client of this API needs: the methods the API has, the {@code Authorization}
 * header (the access token) and {@code Content-Type} (JSON bodies) on requests, and
 * {@code Location} (a created account), {@code Retry-After} (429, 503) and
 * {@code WWW-Authenticate} (why a 401) readable on responses. No credentials: access tokens travel
 * in the header, which needs none, and the one cookie there is (the refresh token) is refused from
 * any origin but the service's own, so allowing it across origins would only be a promise that
 * cannot be kept. A refused CORS request (an origin, method or header not allowed) gets the 403
 * {@code forbidden} problem, as every error has a problem body, instead of Spring's plain text.
 */
final class CrossOriginRequests {
    /** How long a browser may keep a preflight's answer: Spring's {@code @CrossOrigin} default. */
    static final Duration PREFLIGHT_MAX_AGE = Duration.ofMinutes(30);

    private static final List<String> METHODS = List.of(
            HttpMethod.GET.name(),
            HttpMethod.HEAD.name(),
            HttpMethod.POST.name(),
            HttpMethod.PUT.name(),
            HttpMethod.PATCH.name(),
            HttpMethod.DELETE.name());
    private static final List<String> REQUEST_HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE);
    private static final List<String> RESPONSE_HEADERS =
            List.of(HttpHeaders.LOCATION, RetryAfter.HEADER, HttpHeaders.WWW_AUTHENTICATE);
    private static final String REFUSED = "This origin, method or header is not allowed across origins";

    private CrossOriginRequests() {}

    /** The filter for these settings; none when no origin is allowed. */
    static Optional<CorsFilter> filter(CorsSettings settings, ProblemWriter problems) {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", configuration(settings));
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new ProblemCorsProcessor(problems));
        return Optional.of(filter);
    }

    static CorsConfiguration configuration(CorsSettings settings) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(settings.allowedOrigins());
        configuration.setAllowedMethods(METHODS);
        configuration.setAllowedHeaders(REQUEST_HEADERS);
        configuration.setExposedHeaders(RESPONSE_HEADERS);
        configuration.setAllowCredentials(false);
        configuration.setMaxAge(PREFLIGHT_MAX_AGE);
        return configuration;
    }

    /** Spring's checks; a refusal answered with the problem body. */
    private static final class ProblemCorsProcessor implements CorsProcessor {
        private final CorsProcessor checks = new DefaultCorsProcessor() {
            @Override
            protected void rejectRequest(ServerHttpResponse response) {
                // Answered below, where the request is known.
            }
        };
        private final ProblemWriter problems;

        ProblemCorsProcessor(ProblemWriter problems) {
            this.problems = problems;
        }

        @Override
        public boolean processRequest(
                CorsConfiguration configuration, HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            if (checks.processRequest(configuration, request, response)) {
                return true;
            }
            problems.write(response, Problem.of(ProblemType.FORBIDDEN, REFUSED, request.getRequestURI()));
            return false;
        }
    }
}
