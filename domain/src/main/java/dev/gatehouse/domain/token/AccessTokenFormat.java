package dev.gatehouse.domain.token;

/**
 * The shape of our access tokens (RFC 9068 profile): the part of the product's contract that other
 * services verifying our tokens rely on. It lives in the domain, not in an adapter, because two
 * adapters must agree on it (the signer in {@code adapters-security}, the verifier in
 * {@code adapters-rest}) and an adapter never depends on another; it is plain names, with no
 * library behind them.
 */
public final class AccessTokenFormat {
    /** The JOSE {@code typ} header of an access token (RFC 9068 §2.1). */
    public static final String TYPE = "at+jwt";

    public static final String ROLES_CLAIM = "roles";
    public static final String EMAIL_CLAIM = "email";
    public static final String SESSION_CLAIM = "sid";
    /** RFC 8176 method values, an array: see {@link dev.gatehouse.domain.auth.AuthenticationMethod}. */
    public static final String METHODS_CLAIM = "amr";
    /** The assurance level: see {@link dev.gatehouse.domain.auth.AssuranceLevel}. */
    public static final String ASSURANCE_LEVEL_CLAIM = "acr";
    /** When the user last authenticated interactively, in epoch seconds. */
    public static final String AUTHENTICATION_TIME_CLAIM = "auth_time";

    private AccessTokenFormat() {}
}
