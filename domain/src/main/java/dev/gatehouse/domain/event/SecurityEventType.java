package dev.gatehouse.domain.event;

/** What happened, as the audit log names it. */
public enum SecurityEventType {
    USER_REGISTERED,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    TOKEN_REFRESHED,
    REFRESH_TOKEN_REUSED,
    LOGGED_OUT,
    SESSION_REVOKED,
    PASSWORD_CHANGED,
    USER_CREATED,
    USER_UPDATED,
    ROLES_CHANGED,
    USER_DISABLED,
    USER_DELETED,
    SIGNING_KEY_ROTATED,
    MFA_ENABLED,
    MFA_DISABLED,
    MFA_RESET,
    MFA_CHALLENGE_FAILED,
    RECOVERY_CODE_USED,
    RECOVERY_CODES_REGENERATED,
    PASSWORD_RESET_REQUESTED,
    /** A password reset was asked for an address no account has (no address recorded). */
    PASSWORD_RESET_UNKNOWN_EMAIL,
    PASSWORD_RESET_COMPLETED,
    EMAIL_VERIFIED,
    EMAIL_CHANGE_REQUESTED,
    EMAIL_CHANGED,
    /** The outbox gave up on a mail after failing to deliver it for the configured time. */
    MAIL_UNDELIVERABLE
}
