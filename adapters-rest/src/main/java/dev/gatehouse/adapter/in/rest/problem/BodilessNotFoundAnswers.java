package dev.gatehouse.adapter.in.rest.problem;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Gives a 404 that a handler answered without a body the problem body every other error has. The
 * actuator answers a health component or group it does not know ({@code /actuator/health/nothing})
 * that way; our controllers never do. Spring MVC asks this advice even when the body is null.
 */
@Hidden
@RestControllerAdvice
public class BodilessNotFoundAnswers implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType selectedContentType,
            Class<? extends HttpMessageConverter<?>> selectedConverterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body != null
                || !(response instanceof ServletServerHttpResponse servlet)
                || servlet.getServletResponse().getStatus() != HttpStatus.NOT_FOUND.value()) {
            return body;
        }
        // Set before the converter writes, which then keeps it.
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        ProblemType type = ProblemType.NOT_FOUND;
        return Problem.of(type, type.genericDetail(), request.getURI().getRawPath());
    }
}
