package dev.gatehouse.adapter.in.rest.security;

import dev.gatehouse.adapter.in.rest.problem.Problem;
import dev.gatehouse.adapter.in.rest.problem.ProblemType;
import dev.gatehouse.adapter.in.rest.problem.ProblemWriter;
import dev.gatehouse.adapter.in.rest.problem.RetryAfter;
import dev.gatehouse.adapter.in.rest.problem.StoreFailures;
import dev.gatehouse.domain.common.StoreUnavailableException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * What the bearer-token filter does when authenticating a presented token fails.
 *
 * <p>Spring Security's default (an {@link AuthenticationEntryPointFailureHandler}) sends a bad
 * token to the entry point (401) and rethrows an {@link AuthenticationServiceException}: the
 * decoder could not do its job, which is no verdict on the token. That exception would leave the
 * filter chain and end as a 500. When its cause is that the database cannot be reached (the
 * standing check or the key lookup, see {@link StoreUnavailableJwtException}), this answers the
 * same 503 {@code service-unavailable} problem, with {@code Retry-After}, that a controller's use
 * case gets; anything else keeps the default.
 */
public final class BearerTokenFailureHandler implements AuthenticationFailureHandler {
    private static final Logger log = LoggerFactory.getLogger(BearerTokenFailureHandler.class);

    private final AuthenticationFailureHandler defaults;
    private final ProblemWriter problems;

    public BearerTokenFailureHandler(AuthenticationEntryPoint entryPoint, ProblemWriter problems) {
        this.defaults = new AuthenticationEntryPointFailureHandler(entryPoint);
        this.problems = problems;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        StoreUnavailableException unavailable =
                failure instanceof AuthenticationServiceException ? StoreUnavailableJwtException.find(failure) : null;
        if (unavailable == null) {
            defaults.onAuthenticationFailure(request, response, failure);
            return;
        }
        log.warn(
                "Store unavailable while checking an access token on {} {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                StoreFailures.describe(unavailable));
        ProblemType type = ProblemType.SERVICE_UNAVAILABLE;
        response.setHeader(RetryAfter.HEADER, RetryAfter.seconds(RetryAfter.STORE_UNAVAILABLE));
        problems.write(response, Problem.of(type, type.genericDetail(), request.getRequestURI()));
    }
}
