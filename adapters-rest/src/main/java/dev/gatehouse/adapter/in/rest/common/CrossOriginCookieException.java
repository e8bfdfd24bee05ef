package dev.gatehouse.adapter.in.rest.common;

/**
 * A refresh cookie arrived with a request that a page of another origin made. SameSite=Strict
 * already keeps browsers from attaching the cookie to such requests; this is the server's own
 * check, for browsers that do not honour SameSite and for a same-site but other-origin page.
 */
public class CrossOriginCookieException extends RuntimeException {
    public CrossOriginCookieException() {
        super("Refresh cookie sent from another origin");
    }
}
