package dev.gatehouse.domain.port.out;

/**
 * Counts how logins and refreshes end, for operators' dashboards. Called once per attempt, after
 * its unit of work has ended, so a count never includes work that was rolled back.
 */
public interface AuthenticationMetrics {

    /** How a login attempt ended. */
    enum LoginOutcome {
        /** Signed in: a session was opened (after the second step, for an account with MFA). */
        SUCCESS,
        /** The right password for an account with MFA: the second step was handed out, no session yet. */
        MFA_REQUIRED,
        /**
         * Wrong password, unknown email or disabled account: the one invalid-credentials answer; or
         * a second step refused (a wrong code, an invalid mfa token).
         */
        FAILURE,
        /** Refused unchecked because the login name is locked after repeated failures. */
        LOCKED,
        /** Refused unchecked because password hashing was at capacity. */
        BUSY
    }

    /** How a refresh-token exchange ended. */
    enum RefreshOutcome {
        SUCCESS,
        /** Unknown, expired, revoked or spent token, or an account that may no longer log in. */
        INVALID,
        /** A spent token was presented again and its session revoked. */
        REUSED
    }

    void loginEnded(LoginOutcome outcome);

    void refreshEnded(RefreshOutcome outcome);
}
