package dev.gatehouse.adapter.in.rest.security;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The browser origins (scheme, host and port, e.g. {@code https://app.example.com}) whose pages may
 * call the API across origins; {@code *} allows any. Empty, the default, means no CORS at all: no
 * {@code Access-Control-*} header is ever sent, and browsers keep other origins' pages out.
 * Bootstrap binds it from {@code app.cors.allowed-origins} ({@code APP_CORS_ALLOWED_ORIGINS},
 * comma-separated).
 */
public record CorsSettings(List<String> allowedOrigins) {
    private static final String ANY_ORIGIN = "*";

    public CorsSettings {
        allowedOrigins = List.copyOf(Objects.requireNonNull(allowedOrigins, "allowedOrigins"));
        allowedOrigins.forEach(CorsSettings::requireOrigin);
    }

    public boolean enabled() {
        return !allowedOrigins.isEmpty();
    }

    /**
     * A browser sends its origin without path or trailing slash; an entry with one would never
     * match, so it stops the start-up instead of failing silently in every browser.
     */
    private static void requireOrigin(String origin) {
        if (ANY_ORIGIN.equals(origin)) {
            return;
        }
        URI uri;
        try {
            uri = URI.create(origin);
        } catch (IllegalArgumentException e) {
            throw notAnOrigin(origin);
        }
        boolean httpScheme = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
        if (!httpScheme
                || uri.getHost() == null
                || uri.getUserInfo() != null
                || !uri.getRawPath().isEmpty()
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw notAnOrigin(origin);
        }
    }

    private static IllegalArgumentException notAnOrigin(String origin) {
        return new IllegalArgumentException("app.cors.allowed-origins: '" + origin
                + "' is not an origin; write scheme, host and port only, e.g. https://app.example.com, or *");
    }
}
