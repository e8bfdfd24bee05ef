package dev.gatehouse.application.mfa;

import dev.gatehouse.application.email.mailing.SecurityNotices;
import dev.gatehouse.domain.mail.MailTopic;
import dev.gatehouse.domain.mfa.MfaNotEnabledException;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.User;
import java.time.Instant;

/**
 * What resetting an account's MFA does, whoever asks for it (an admin, the break-glass command):
 * the enrolment and its recovery codes go, the account is signed out everywhere
 * ({@link AccountSignOut}), and its owner is mailed a notice. The callers differ only in how they
 * find the account and what they record.
 */
final class MfaReset {
    private final MfaEnrolmentStore enrolments;
    private final AccountSignOut signOut;
    private final SecurityNotices notices;

    MfaReset(UserRepository users, SessionRepository sessions, MfaEnrolmentStore enrolments, SecurityNotices notices) {
        this.enrolments = enrolments;
        this.signOut = new AccountSignOut(users, sessions);
        this.notices = notices;
    }

    /**
     * Resets the MFA of {@code locked}, an account read under its row lock in the current unit of
     * work.
     *
     * @return how many sessions were revoked
     * @throws MfaNotEnabledException when MFA was not on (a pending setup alone is removed too, and
     *     the unit of work rolls that back)
     */
    int reset(User locked, Instant now) {
        if (!enrolments.remove(locked.id())) {
            throw new MfaNotEnabledException();
        }
        notices.queue(locked.email(), MailTopic.MFA_RESET_NOTICE, now);
        return signOut.revokeAll(locked, now);
    }
}
