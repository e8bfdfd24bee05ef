package dev.gatehouse.adapter.in.rest.auth;

import dev.gatehouse.adapter.in.rest.common.ApiPaths;

/**
 * Whether the refresh token also travels as a cookie, for browser clients that should not keep it
 * where scripts can read it. Bootstrap builds it from {@code app.auth.refresh-cookie.enabled}
 * (default off).
 *
 * <p>When on, login and refresh also set the cookie {@value #COOKIE_NAME} (HttpOnly, Secure,
 * SameSite=Strict, Path {@value #COOKIE_PATH}, Max-Age the refresh token's lifetime); refresh and
 * logout take it when the body names no refresh token; logout clears it. When off, the cookie is
 * neither set nor read: a request that carries one is treated as if it did not.
 */
public record RefreshCookieSettings(boolean enabled) {
    public static final String COOKIE_NAME = "gatehouse_refresh";
    /** Only the auth endpoints ever see the cookie; no other request carries the token. */
    public static final String COOKIE_PATH = ApiPaths.AUTH;
}
