package dev.gatehouse.adapter.in.rest.problem;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat refuses some requests before any servlet sees them (an encoded NUL or slash in the path,
 * say) and would answer with its HTML error page. This valve answers those with the same problem
 * body as everything else: generic, by status, never echoing the request. Installed as the host's
 * error report valve by {@link TomcatProblemPages}.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {
    // Tomcat creates the valve by class name; a plain mapper is all a fixed problem record needs.
    private final JsonMapper jsonMapper = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        // Same guard as Tomcat's own report: only untouched error responses, and only once.
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        int status = ContainerRefusals.clientFacingStatus(response.getStatus());
        response.setStatus(status);
        ProblemType type = ProblemType.forStatus(status);
        Problem problem = Problem.of(type, status, type.genericDetail(), null);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(jsonMapper.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // The client is gone or the response was taken over: nothing more to tell it.
        }
    }
}
