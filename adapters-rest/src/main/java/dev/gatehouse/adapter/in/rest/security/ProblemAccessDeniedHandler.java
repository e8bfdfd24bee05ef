package dev.gatehouse.adapter.in.rest.security;

import dev.gatehouse.adapter.in.rest.common.InsufficientUserAuthentication;
import dev.gatehouse.adapter.in.rest.problem.Problem;
import dev.gatehouse.adapter.in.rest.problem.ProblemType;
import dev.gatehouse.adapter.in.rest.problem.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * 403 with the problem body, for a valid token that lacks the role a path needs; 401
 * {@code insufficient-user-authentication} with the RFC 9470 challenge for an ADMIN whose token
 * lacks the second factor the path needs ({@link AdminAccess}); 404 {@code not-found} when nothing
 * is at that path ({@link UnmappedRequests}), as a caller with the role would get.
 */
public final class ProblemAccessDeniedHandler implements AccessDeniedHandler {
    private final ProblemWriter problems;
    private final RequestMatcher unmapped;

    public ProblemAccessDeniedHandler(ProblemWriter problems, RequestMatcher unmapped) {
        this.problems = problems;
        this.unmapped = unmapped;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        if (unmapped.matches(request)) {
            problems.write(response, Problem.generic(ProblemType.NOT_FOUND, request.getRequestURI()));
        } else if (denied instanceof AuthorizationDeniedException refusal
                && refusal.getAuthorizationResult() instanceof InsufficientUserAuthentication) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, InsufficientUserAuthentication.CHALLENGE);
            problems.write(
                    response, Problem.generic(ProblemType.INSUFFICIENT_USER_AUTHENTICATION, request.getRequestURI()));
        } else {
            problems.write(response, Problem.generic(ProblemType.FORBIDDEN, request.getRequestURI()));
        }
    }
}
