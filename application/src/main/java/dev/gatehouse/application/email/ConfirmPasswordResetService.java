package dev.gatehouse.application.email;

import dev.gatehouse.application.email.mailing.SecurityNotices;
import dev.gatehouse.application.lockout.LoginThrottling;
import dev.gatehouse.application.password.NewPasswords;
import dev.gatehouse.domain.auth.LoginName;
import dev.gatehouse.domain.email.EmailTokenGrant;
import dev.gatehouse.domain.email.EmailTokenPurpose;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.mail.MailTopic;
import dev.gatehouse.domain.port.in.email.ConfirmPasswordResetCommand;
import dev.gatehouse.domain.port.in.email.ConfirmPasswordResetUseCase;
import dev.gatehouse.domain.port.out.EmailTokenStore;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Sets a new password with a reset token.
 *
 * <ol>
 *   <li>Outside any transaction: the token must be usable and its account enabled with the address
 *       the link was mailed to; the password must pass the policy, checked before the token is
 *       spent, so that a refused password leaves the link working; then the slow hash, so that
 *       bcrypt never holds a database connection.</li>
 *   <li>One unit of work: spend the token (of two confirmations at once, one wins), lock the
 *       account and check it again, store the password (access tokens issued before die through
 *       the token cut-off) and mark the address verified (following the link proved the mailbox),
 *       revoke every session, clear the account's failed logins, queue the notice, record
 *       {@code PASSWORD_RESET_COMPLETED}.</li>
 * </ol>
 * MFA stays as it is: an account with a second factor is still asked for it at the next login.
 */
public final class ConfirmPasswordResetService implements ConfirmPasswordResetUseCase {
    private static final EmailTokenPurpose PURPOSE = EmailTokenPurpose.PASSWORD_RESET;

    private final UserRepository users;
    private final SpendableTokens tokens;
    private final SessionRepository sessions;
    private final LoginThrottling throttling;
    private final SecurityNotices notices;
    private final SecurityEventLog securityEvents;
    private final NewPasswords newPasswords;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ConfirmPasswordResetService(
            UserRepository users,
            EmailTokenStore emailTokens,
            SessionRepository sessions,
            LoginThrottling throttling,
            SecurityNotices notices,
            SecurityEventLog securityEvents,
            NewPasswords newPasswords,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.users = users;
        this.tokens = new SpendableTokens(emailTokens, users);
        this.sessions = sessions;
        this.throttling = throttling;
        this.notices = notices;
        this.securityEvents = securityEvents;
        this.newPasswords = newPasswords;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void confirmPasswordReset(ConfirmPasswordResetCommand command) {
        EmailTokenGrant usable = tokens.findUsable(command.token(), PURPOSE, clock.instant());
        User account = tokens.account(usable, fits(usable));
        PasswordHash newHash = newPasswords.hashAllowed("newPassword", command.newPassword(), account.email());
        unitOfWork.run(() -> {
            EmailTokenGrant grant = tokens.spend(command.token(), PURPOSE, clock.instant());
            User current = tokens.lockAccount(grant, fits(grant));
            // Read once the account is locked: the token cut-off must come after every refresh that
            // committed while this reset waited, or the tokens those issued would live on.
            Instant now = clock.instant();
            users.update(current.withPasswordHash(newHash, now).withEmailVerified(now));
            int revoked = sessions.revokeAllOf(current.id(), now);
            throttling.clearAfterPasswordReset(LoginName.of(current.email()));
            notices.queue(current.email(), MailTopic.PASSWORD_RESET_NOTICE, now);
            securityEvents.record(SecurityEvent.bySelf(
                    SecurityEventType.PASSWORD_RESET_COMPLETED,
                    now,
                    current.id(),
                    command.client(),
                    Map.of("revokedSessions", String.valueOf(revoked))));
        });
    }

    /** Enabled, and still at the address the link went to. */
    private static Predicate<User> fits(EmailTokenGrant grant) {
        return SpendableTokens.hasAddressOf(grant).and(User::enabled);
    }
}
