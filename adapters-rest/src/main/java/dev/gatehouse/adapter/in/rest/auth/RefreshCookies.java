package dev.gatehouse.adapter.in.rest.auth;

import dev.gatehouse.adapter.in.rest.common.FieldError;
import dev.gatehouse.adapter.in.rest.common.InvalidFieldsException;
import dev.gatehouse.domain.auth.RefreshToken;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
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
            throw new InvalidFieldsException(List.of(new FieldError(FIELD, settings.enabled()
                    ? "is required (in the body, or as the " + RefreshCookieSettings.COOKIE_NAME + " cookie)"
                    : "is required")));
        }
        return new RefreshToken(fromCookie);
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
