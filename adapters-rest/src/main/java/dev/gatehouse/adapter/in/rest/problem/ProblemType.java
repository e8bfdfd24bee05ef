package dev.gatehouse.adapter.in.rest.problem;

import dev.gatehouse.adapter.in.rest.common.RequestBodyLimit;
import java.net.URI;

/**
 * Every kind of problem the API answers with. The slug ends the {@code type} URI and is part of
 * the contract: clients branch on it, so a slug is never renamed.
 */
public enum ProblemType {
    VALIDATION_FAILED("validation-failed", 400, "Validation failed", "One or more fields are invalid"),
    MALFORMED_REQUEST("malformed-request", 400, "Malformed request", "The request is malformed"),
    INVALID_ID("invalid-id", 400, "Invalid id", "The id in the path is not a UUID"),
    INVALID_CURRENT_PASSWORD(
            "invalid-current-password", 400, "Invalid current password", "The current password is wrong"),
    /**
     * A code sent to manage the caller's own MFA (confirm, regenerate, switch off). The second step
     * of a login answers the same slug with 401, since there the code is the credential.
     */
    INVALID_MFA_CODE(
            "invalid-mfa-code",
            400,
            "Invalid MFA code",
            "The code is not a valid, unused code of your authenticator app (or, where accepted, a recovery code)"),
    /** The same for an unknown, expired, spent or superseded token, and for text that cannot be one. */
    INVALID_RESET_TOKEN(
            "invalid-reset-token",
            400,
            "Invalid reset token",
            "The password-reset link is unknown, expired, already used or replaced by a newer one; ask for a new one"),
    INVALID_VERIFICATION_TOKEN(
            "invalid-verification-token",
            400,
            "Invalid verification token",
            "The verification link is unknown, expired, already used or replaced by a newer one; ask for a new one"),
    INVALID_EMAIL_CHANGE_TOKEN(
            "invalid-email-change-token",
            400,
            "Invalid email change token",
            "The email change link is unknown, expired, already used or replaced by a newer one; ask for the change "
                    + "again"),
    INVALID_CREDENTIALS("invalid-credentials", 401, "Invalid credentials", "Email or password is wrong"),
    /**
     * The password was right, and the account's MFA is on: the body adds {@code mfaToken},
     * {@code expiresIn} and {@code methods} for the second step.
     */
    MFA_REQUIRED(
            "mfa-required",
            401,
            "Second factor required",
            "The password is right; finish the login with the mfaToken and a TOTP or recovery code at "
                    + "POST /api/v1/auth/login/mfa"),
    INVALID_MFA_TOKEN(
            "invalid-mfa-token",
            401,
            "Invalid mfa token",
            "The mfa token is unknown, expired, already used or has had too many wrong codes; log in again"),
    UNAUTHORIZED("unauthorized", 401, "Unauthorized", "A valid bearer access token is required"),
    INVALID_REFRESH_TOKEN(
            "invalid-refresh-token",
            401,
            "Invalid refresh token",
            "The refresh token is unknown, expired, revoked or already used; log in again"),
    INSUFFICIENT_USER_AUTHENTICATION(
            "insufficient-user-authentication",
            401,
            "Insufficient user authentication",
            "ADMIN endpoints need a token from a sign-in with a second factor (acr aal2): set up MFA and sign in"
                    + " again with both steps"),
    REGISTRATION_DISABLED(
            "registration-disabled",
            403,
            "Registration disabled",
            "Self-registration is switched off; ask an administrator for an account"),
    /**
     * The password was right, but the deployment requires a verified address to sign in and this
     * account's is not: answered only after the right password, so it tells nothing to anyone else.
     */
    EMAIL_NOT_VERIFIED(
            "email-not-verified",
            403,
            "Email not verified",
            "The password is right, but this account's email is not verified yet; follow the link in the "
                    + "verification mail, then sign in again"),
    FORBIDDEN("forbidden", 403, "Forbidden", "Your account may not do this"),
    CROSS_ORIGIN(
            "cross-origin",
            403,
            "Cross-origin request refused",
            "The refresh cookie is accepted only from this service's own origin; send the refresh token in the body"),
    USER_NOT_FOUND("user-not-found", 404, "User not found", "There is no user with this id"),
    SESSION_NOT_FOUND("session-not-found", 404, "Session not found", "You have no session with this id"),
    NOT_FOUND("not-found", 404, "Not found", "There is nothing at this path"),
    METHOD_NOT_ALLOWED(
            "method-not-allowed",
            405,
            "Method not allowed",
            "This path does not accept this method; the Allow header lists those it does"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable", "The response can only be JSON"),
    EMAIL_TAKEN("email-taken", 409, "Email already taken", "An account with this email already exists"),
    EMAIL_ALREADY_VERIFIED(
            "email-already-verified", 409, "Email already verified", "The account's email is verified already"),
    LAST_ADMIN("last-admin", 409, "Last enabled admin", "This change would leave no enabled ADMIN account"),
    MFA_ALREADY_ENABLED("mfa-already-enabled", 409, "MFA already enabled", "MFA is already on for this account"),
    MFA_SETUP_NOT_STARTED(
            "mfa-setup-not-started",
            409,
            "MFA setup not started",
            "There is no pending TOTP setup to confirm; start one with POST /api/v1/users/me/mfa/totp/setup"),
    MFA_NOT_ENABLED("mfa-not-enabled", 409, "MFA not enabled", "MFA is not on for this account"),
    MFA_REQUIRED_FOR_ADMINS(
            "mfa-required-for-admins",
            409,
            "MFA required for admins",
            "This deployment requires MFA of every ADMIN account; it cannot be switched off"),
    ROTATION_UNAVAILABLE(
            "rotation-unavailable",
            409,
            "Key rotation unavailable",
            "The signing key is configured by the deployment (a PEM); deploy another PEM instead"),
    PAYLOAD_TOO_LARGE(
            "payload-too-large", 413, "Payload too large", "The request body must be at most " + RequestBodyLimit.TEXT),
    UNSUPPORTED_MEDIA_TYPE(
            "unsupported-media-type",
            415,
            "Unsupported media type",
            "The request body must be JSON, sent with Content-Type: application/json"),
    TOO_MANY_ATTEMPTS(
            "too-many-attempts",
            429,
            "Too many login attempts",
            "Logins for this email are locked for a while after repeated failures; try again after Retry-After seconds"),
    RATE_LIMITED(
            "rate-limited",
            429,
            "Rate limited",
            "Too many requests from this address; try again after Retry-After seconds"),
    /** Any other 4xx the servlet container or framework decides on; it keeps that status. */
    REQUEST_REJECTED("request-rejected", 400, "Request rejected", "The request was rejected"),
    INTERNAL_ERROR("internal-error", 500, "Internal error", "Something went wrong on our side; it has been logged"),
    /** A store the service needs cannot be reached; nothing was changed, and a retry may succeed. */
    SERVICE_UNAVAILABLE(
            "service-unavailable",
            503,
            "Service unavailable",
            "The service is temporarily unavailable; try again after Retry-After seconds");

    public static final String BASE_URI = "https://gatehouse.dev/problems/";

    private final String slug;
    private final int status;
    private final String title;
    private final String genericDetail;

    ProblemType(String slug, int status, String title, String genericDetail) {
        this.slug = slug;
        this.status = status;
        this.title = title;
        this.genericDetail = genericDetail;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The detail to give when the cause has nothing safe or useful to add. */
    public String genericDetail() {
        return genericDetail;
    }

    public URI uri() {
        return URI.create(BASE_URI + slug);
    }

    /** The generic problem for a bare HTTP status, when nothing more specific is known. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 400 && status < 500 ? REQUEST_REJECTED : INTERNAL_ERROR;
        };
    }
}
