package dev.gatehouse.adapter.in.rest.security;

import dev.gatehouse.adapter.in.rest.problem.Problem;
import dev.gatehouse.adapter.in.rest.problem.ProblemType;
import dev.gatehouse.adapter.in.rest.problem.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 with the problem body, for a valid token that lacks the role a path needs. */
public final class ProblemAccessDeniedHandler implements AccessDeniedHandler {
    private final ProblemWriter problems;

    public ProblemAccessDeniedHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        ProblemType type = ProblemType.FORBIDDEN;
        problems.write(response, Problem.of(type, type.genericDetail(), request.getRequestURI()));
    }
}
