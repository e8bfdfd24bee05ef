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
    SIGNING_KEY_ROTATED
}
