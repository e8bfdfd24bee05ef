package dev.gatehouse.adapter.token;

/**
 * The shape of our access tokens (RFC 9068 profile), shared by the side that signs them
 * ({@code adapter.out.security}) and the side that verifies them ({@code adapter.in.rest.security}).
 * It lives outside both so that neither has to depend on the other.
 */
public final class AccessTokenFormat {
    /** The JOSE {@code typ} header of an access token (RFC 9068 §2.1). */
    public static final String TYPE = "at+jwt";
    /** The only signature algorithm we sign with and accept. */
    public static final String ALGORITHM = "RS256";

    public static final String ROLES_CLAIM = "roles";
    public static final String EMAIL_CLAIM = "email";
    public static final String SESSION_CLAIM = "sid";

    private AccessTokenFormat() {}
}
