package dev.gatehouse.adapter.in.rest.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Requests that nothing in the application would serve: none of Spring MVC's handler mappings
 * (controllers, actuator endpoints, springdoc's UI) takes them. A path that is mapped for other
 * methods, media types or parameters counts as mapped, since Spring MVC answers it 405, 406 or
 * 415 rather than 404. The security rules use it to answer 404, not 401 or 403, for a path that
 * does not exist; the rules themselves stay as they are, so nothing gets through that did not.
 *
 * <p>Static resources do not count: a resource handler maps a pattern (Spring Boot's on
 * {@code /**}), not the files that exist under it, and the paths of Swagger UI's are public anyway.
 * Requests that arrived on the management port are never matched: their endpoints live in the
 * management server's own context, whose mappings are not these.
 *
 * <p>Asked only for a request that is being refused, so the lookup costs nothing on the way of a
 * request that is let through. It runs on a copy of the request's attributes: looking a handler up
 * leaves attributes behind (the parsed path, the matched pattern) that Spring MVC sets for itself.
 */
public final class UnmappedRequests implements RequestMatcher {
    private final Supplier<List<HandlerMapping>> handlerMappings;
    private final RequestMatcher onManagementPort;

    UnmappedRequests(Supplier<List<HandlerMapping>> handlerMappings, RequestMatcher onManagementPort) {
        this.handlerMappings = handlerMappings;
        this.onManagementPort = onManagementPort;
    }

    /** Over the context's handler mappings, looked up once when first needed (they exist by then). */
    public static UnmappedRequests of(ObjectProvider<HandlerMapping> handlerMappings, ManagementPort managementPort) {
        return new UnmappedRequests(
                SingletonSupplier.of(() -> handlerMappings.orderedStream().toList()), managementPort.requests());
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        if (onManagementPort.matches(request)) {
            return false;
        }
        HttpServletRequest probe = new OwnAttributes(request);
        ServletRequestPathUtils.parseAndCache(probe);
        for (HandlerMapping mapping : handlerMappings.get()) {
            if (maps(mapping, probe)) {
                return false;
            }
        }
        return true;
    }

    private static boolean maps(HandlerMapping mapping, HttpServletRequest request) {
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            return chain != null && !(chain.getHandler() instanceof ResourceHttpRequestHandler);
        } catch (Exception pathMappedForOtherRequests) {
            // The path is there, the request does not fit it (405, 406, 415, a missing parameter).
            return true;
        }
    }

    /** The request, with attributes of its own: what is set on it stays out of the real request. */
    private static final class OwnAttributes extends HttpServletRequestWrapper {
        private final Map<String, Object> attributes = new HashMap<>();

        OwnAttributes(HttpServletRequest request) {
            super(request);
            for (Enumeration<String> names = request.getAttributeNames(); names.hasMoreElements(); ) {
                String name = names.nextElement();
                attributes.put(name, request.getAttribute(name));
            }
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return Collections.enumeration(attributes.keySet());
        }

        @Override
        public void setAttribute(String name, Object value) {
            if (value == null) {
                attributes.remove(name);
            } else {
                attributes.put(name, value);
            }
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
        }
    }
}
