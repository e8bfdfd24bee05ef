package dev.gatehouse.adapter.in.rest.security;

import dev.gatehouse.adapter.in.rest.problem.Problem;
import dev.gatehouse.adapter.in.rest.problem.ProblemType;
import dev.gatehouse.adapter.in.rest.problem.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 as RFC 6750 wants it (the {@code WWW-Authenticate: Bearer ...} header, with error details
 * when a token was presented) plus the problem body every error of ours has.
 */
public final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {
    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final ProblemWriter problems;

    public ProblemAuthenticationEntryPoint(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException failure) throws IOException {
        bearer.commence(request, response, failure);
        String detail = failure instanceof InvalidBearerTokenException
                ? "The access token is malformed, expired or otherwise invalid"
                : ProblemType.UNAUTHORIZED.genericDetail();
        problems.write(response, Problem.of(ProblemType.UNAUTHORIZED, detail, request.getRequestURI()));
    }
}
