package dev.gatehouse.adapter.in.rest.problem;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's error page so that failures answered outside Spring MVC (the servlet container's
 * own errors, {@code sendError} from a filter) get the same problem body as everything else. It
 * looks at the status only: the error's message and exception are never echoed.
 */
@Hidden
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public ResponseEntity<Problem> error(HttpServletRequest request) {
        // Without an error status this is a plain visit to the error path: there is nothing here.
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? ContainerRefusals.clientFacingStatus(code)
                : 404;
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                ? uri
                : request.getRequestURI();
        ProblemType type = ProblemType.forStatus(status);
        return ProblemResponses.respond(Problem.of(type, status, type.genericDetail(), path));
    }
}
