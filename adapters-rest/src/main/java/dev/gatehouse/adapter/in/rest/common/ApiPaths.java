package dev.gatehouse.adapter.in.rest.common;

/** Paths more than one part of the adapter must agree on: the controllers, security, filters and the API document. */
public final class ApiPaths {
    /**
     * The public auth endpoints (register, login, refresh, logout, and those of mailed links), and
     * the refresh cookie's path.
     */
    public static final String AUTH = "/api/v1/auth";

    private ApiPaths() {}
}
