package dev.gatehouse.adapter.in.rest;

import dev.gatehouse.adapter.in.rest.problem.Problem;
import dev.gatehouse.adapter.in.rest.problem.ProblemType;
import dev.gatehouse.adapter.in.rest.problem.ProblemWriter;
import dev.gatehouse.adapter.in.rest.problem.RetryAfter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits requests per client address (see {@link RateLimitSettings}); registered for
 * {@code /api/v1/auth/*} only. It runs before security and before anything reads the body, so a
 * refused request costs no token check, no JSON parsing and no bcrypt.
 *
 * <p>The address is {@link HttpServletRequest#getRemoteAddr()}: the peer, or the client named by
 * the forwarded headers once the deployment tells the server to trust its proxy (Tomcat's
 * RemoteIpValve rewrites the remote address then). Without that, every client behind a proxy
 * shares the proxy's bucket.
 */
public final class ClientRateLimitFilter extends OncePerRequestFilter {
    private final ClientRateLimiter limiter;
    private final ProblemWriter problems;

    public ClientRateLimitFilter(RateLimitSettings settings, ProblemWriter problems) {
        this.limiter = new ClientRateLimiter(settings);
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ClientRateLimiter.Decision decision = limiter.tryAcquire(request.getRemoteAddr());
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        ProblemType type = ProblemType.RATE_LIMITED;
        response.setHeader(RetryAfter.HEADER, RetryAfter.seconds(decision.retryAfter()));
        problems.write(response, Problem.of(type, type.genericDetail(), request.getRequestURI()));
    }
}
