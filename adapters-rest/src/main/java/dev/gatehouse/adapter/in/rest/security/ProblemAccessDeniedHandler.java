package dev.gatehouse.adapter.in.rest.security;

import dev.gatehouse.adapter.in.rest.problem.Problem;
import dev.gatehouse.adapter.in.rest.problem.ProblemType;
import dev.gatehouse.adapter.in.rest.problem.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * 403 with the problem body, for a valid token that lacks the role a path needs; 404
 * {@code not-found} when nothing is at that path ({@link UnmappedRequests}), as a caller with the
 * role would get.
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
        ProblemType type = unmapped.matches(request) ? ProblemType.NOT_FOUND : ProblemType.FORBIDDEN;
        problems.write(response, Problem.generic(type, request.getRequestURI()));
    }
}
