package dev.gatehouse.adapter.in.rest.security;

import dev.gatehouse.domain.auth.ClientInfo;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller method the {@link Caller} of a protected endpoint, or just the
 * {@link ClientInfo} of a public one, so that no controller reads the token or the connection
 * itself.
 *
 * <p>The client is the peer address (the real client's once the deployment lets the server trust
 * its proxy's forwarded headers) and the User-Agent.
 */
public final class CallerArgumentResolver implements HandlerMethodArgumentResolver {
    /** The parameter types this resolves: never request parameters, so the API document leaves them out. */
    public static final List<Class<?>> RESOLVED_TYPES = List.of(Caller.class, ClientInfo.class);

    private final SecurityContextHolderStrategy securityContexts = SecurityContextHolder.getContextHolderStrategy();

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return RESOLVED_TYPES.contains(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        ClientInfo client = clientOf(webRequest.getNativeRequest(HttpServletRequest.class));
        if (parameter.getParameterType() == ClientInfo.class) {
            return client;
        }
        Authentication authentication = securityContexts.getContext().getAuthentication();
        // Only protected endpoints take a Caller, and the security rules let no request reach them without a token.
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt accessToken)) {
            throw new AuthenticationCredentialsNotFoundException("No access token for " + parameter.getMethod());
        }
        return Caller.of(accessToken, client);
    }

    private static ClientInfo clientOf(HttpServletRequest request) {
        return new ClientInfo(request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
    }
}
