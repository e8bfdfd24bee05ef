package dev.gatehouse.adapter.in.rest.security;

import dev.gatehouse.adapter.in.rest.problem.Problem;
import dev.gatehouse.adapter.in.rest.problem.ProblemType;
import dev.gatehouse.adapter.in.rest.problem.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * 401 as RFC 6750 wants it plus the problem body every error of ours has; but 404 {@code not-found}
 * for a caller without a token on a path where nothing is ({@link UnmappedRequests}), so that a
 * typo does not look like a problem with signing in. A presented token that fails is a 401 on any
 * path. The challenge is
 * {@code Bearer} without a token and {@code Bearer error="invalid_token"} (or the error code of a
 * malformed request) with one, and nothing more: no {@code error_description}, which would tell an
 * expired token from a revoked one, a forged signature or an account that is gone.
 */
public final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {
    private final ProblemWriter problems;
    private final RequestMatcher unmapped;

    public ProblemAuthenticationEntryPoint(ProblemWriter problems, RequestMatcher unmapped) {
        this.problems = problems;
        this.unmapped = unmapped;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        // What the authorization rules refuse to an anonymous caller arrives as this exception.
        if (failure instanceof InsufficientAuthenticationException && unmapped.matches(request)) {
            problems.write(response, Problem.generic(ProblemType.NOT_FOUND, request.getRequestURI()));
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge(failure));
        String detail = failure instanceof InvalidBearerTokenException
                ? "The access token is malformed, expired or otherwise invalid"
                : ProblemType.UNAUTHORIZED.genericDetail();
        problems.write(response, Problem.of(ProblemType.UNAUTHORIZED, detail, request.getRequestURI()));
    }

    private static String challenge(AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException oauth
                && oauth.getError() != null
                && oauth.getError().getErrorCode().matches("[a-z_]+")) {
            return "Bearer error=\"" + oauth.getError().getErrorCode() + "\"";
        }
        return "Bearer";
    }
}
