package dev.gatehouse.adapter.in.rest.common;

import dev.gatehouse.domain.auth.ClientInfo;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/**
 * Where a request came from, as far as this adapter can tell: the peer address (the real client's
 * once the deployment lets the server trust its proxy's forwarded headers) and the User-Agent.
 */
public final class Clients {

    private Clients() {}

    public static ClientInfo of(HttpServletRequest request) {
        return new ClientInfo(request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
    }
}
