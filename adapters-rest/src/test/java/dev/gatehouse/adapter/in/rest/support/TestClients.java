package dev.gatehouse.adapter.in.rest.support;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Where a test request comes from: the peer address the server sees, and the User-Agent. */
public final class TestClients {

    private TestClients() {}

    public static RequestPostProcessor from(String ip) {
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }

    public static RequestPostProcessor from(String ip, String userAgent) {
        return request -> {
            request.setRemoteAddr(ip);
            request.addHeader(HttpHeaders.USER_AGENT, userAgent);
            return request;
        };
    }
}
