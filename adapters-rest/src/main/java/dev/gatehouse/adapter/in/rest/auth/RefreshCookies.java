package dev.gatehouse.adapter.in.rest.auth;

import dev.gatehouse.adapter.in.rest.common.CrossOriginCookieException;
import dev.gatehouse.adapter.in.rest.common.FieldError;
import dev.gatehouse.adapter.in.rest.common.InvalidFieldsException;
import dev.gatehouse.domain.session.RefreshToken;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * Where a refresh token is taken from and how it is handed out as a cookie, under
 * {@link RefreshCookieSettings}. With cookies off, this never sets or reads one.
 */
final class RefreshCookies {
    private static final String FIELD = "refresh_token";

    private final RefreshCookieSettings settings;

    RefreshCookies(RefreshCookieSettings settings) {
        this.settings = settings;
    }

    boolean enabled() {
        return settings.enabled();
    }

    /**
     * The body's token when it names one, else the cookie's (when cookies are on).
     *
     * @throws InvalidFieldsException (400 validation-failed on {@code refresh_token}) when neither has one
     */
    RefreshToken presented(RefreshTokenRequest body, HttpServletRequest request) {
        if (body != null && body.refreshToken() != null) {
            return nonBlank(body.refreshToken());
        }
        String fromCookie = settings.enabled() ? cookieValue(request) : null;
        if (fromCookie == null || fromCookie.isBlank()) {
            throw new InvalidFieldsException(List.of(new FieldError(
                    FIELD,
                    settings.enabled()
                            ? "is required (in the body, or as the " + RefreshCookieSettings.COOKIE_NAME + " cookie)"
                            : "is required")));
        }
        if (!fromOwnOrigin(request)) {
            throw new CrossOriginCookieException();
        }
        return new RefreshToken(fromCookie);
    }

    /**
     * Whether a browser request came from a page of this service's own origin: no {@code Origin}
     * header (not a cross-origin browser request), or one naming the host and port the request was
     * sent to. The scheme is not compared: behind a TLS-terminating proxy the service sees http
     * while the page is https. {@code Origin: null} (sandboxed or opaque pages) is foreign.
     */
    static boolean fromOwnOrigin(HttpServletRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return !"cross-site".equals(request.getHeader("Sec-Fetch-Site"));
        }
        String host = request.getHeader(HttpHeaders.HOST);
        int schemeEnd = origin.indexOf("://");
        if (host == null || schemeEnd < 0) {
            return false;
        }
        String originAuthority = origin.substring(schemeEnd + 3);
        return originAuthority.equalsIgnoreCase(host)
                || originAuthority.equalsIgnoreCase(withoutDefaultPort(host))
                || withoutDefaultPort(originAuthority).equalsIgnoreCase(withoutDefaultPort(host));
    }

    private static String withoutDefaultPort(String authority) {
        if (authority.endsWith(":80")) {
            return authority.substring(0, authority.length() - 3);
        }
        if (authority.endsWith(":443")) {
            return authority.substring(0, authority.length() - 4);
        }
        return authority;
    }

    /** The Set-Cookie value that hands out this refresh token for as long as it lives. */
    String issue(RefreshToken token, Duration lifetime) {
        return cookie(token.value(), lifetime);
    }

    /** The Set-Cookie value that makes the browser drop the cookie. */
    String clear() {
        return cookie("", Duration.ZERO);
    }

    private static String cookie(String value, Duration maxAge) {
        return ResponseCookie.from(RefreshCookieSettings.COOKIE_NAME, value)
                .httpOnly(true)
                .secure(true)
                .sameSite("Strict")
                .path(RefreshCookieSettings.COOKIE_PATH)
                .maxAge(maxAge)
                .build()
                .toString();
    }

    private static RefreshToken nonBlank(String value) {
        if (value.isBlank()) {
            throw new InvalidFieldsException(List.of(new FieldError(FIELD, "must not be blank")));
        }
        return new RefreshToken(value);
    }

    private static String cookieValue(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (RefreshCookieSettings.COOKIE_NAME.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
