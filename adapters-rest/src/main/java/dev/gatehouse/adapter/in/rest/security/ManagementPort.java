package dev.gatehouse.adapter.in.rest.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The port the management server (MANAGEMENT_SERVER_PORT) actually listens on, learned when it
 * starts, so that the security rules can tell a request that came in on it: a port a deployer
 * keeps off the public network, where Prometheus may scrape without a token. Without a separate
 * management server nothing matches.
 */
public final class ManagementPort implements ApplicationListener<WebServerInitializedEvent> {
    private static final String MANAGEMENT_NAMESPACE = "management";

    private volatile int port = -1;

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (MANAGEMENT_NAMESPACE.equals(event.getApplicationContext().getServerNamespace())) {
            port = event.getWebServer().getPort();
        }
    }

    /** Requests that arrived on the management port. */
    RequestMatcher requests() {
        return (HttpServletRequest request) -> {
            int managementPort = port;
            return managementPort > 0 && request.getLocalPort() == managementPort;
        };
    }
}
