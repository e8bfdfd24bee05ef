package dev.gatehouse.application.mfa;

import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.User;
import java.time.Instant;
import java.util.Map;

/**
 * Ends everything an account is signed in with when its MFA is switched on or off: every session
 * (no refresh) and every access token issued so far (the account's token cut-off moves), so that
 * the next sign-in goes through the account's new number of steps.
 */
final class AccountSignOut {
    private final UserRepository users;
    private final SessionRepository sessions;

    AccountSignOut(UserRepository users, SessionRepository sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    /**
     * Signs out {@code locked}, an account read under its row lock in the current unit of work.
     *
     * @return the audit details that say how many sessions were revoked
     */
    Map<String, String> signOut(User locked, Instant now) {
        return details(revokeAll(locked, now));
    }

    /**
     * Signs out {@code locked} as {@link #signOut} does.
     *
     * @return how many sessions were revoked
     */
    int revokeAll(User locked, Instant now) {
        users.update(locked.withTokensCutOff(now));
        return sessions.revokeAllOf(locked.id(), now);
    }

    /** The audit details that say how many sessions were revoked. */
    static Map<String, String> details(int revokedSessions) {
        return Map.of("revokedSessions", String.valueOf(revokedSessions));
    }
}
