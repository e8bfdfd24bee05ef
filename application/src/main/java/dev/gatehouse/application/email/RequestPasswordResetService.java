package dev.gatehouse.application.email;

import dev.gatehouse.application.email.mailing.EmailTokenMails;
import dev.gatehouse.domain.email.EmailTokenPurpose;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.port.in.email.RequestPasswordResetCommand;
import dev.gatehouse.domain.port.in.email.RequestPasswordResetUseCase;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Mails a password-reset link to the enabled account with the address, at most once per account
 * per {@link EmailTokenMails#MAIL_INTERVAL}, and answers nothing either way.
 *
 * <p>The answer is the same for every address, so what could still tell accounts apart is the
 * time taken. Every request therefore walks the same path, in one unit of work: find the account
 * by address, lock it by id, read when its last reset token was issued, and record an audit event.
 * For an unknown address the lock and the read are made with a random id that matches nothing.
 * The event matters most: a transaction that writes nothing commits without waiting for the
 * write-ahead log to reach the disk, one that writes does, and that wait was most of the
 * difference measured ({@code bench/reset-timing.sh}: 5.5 ms against 8.9 ms median before every
 * path wrote). So every path writes one: {@code PASSWORD_RESET_REQUESTED} for a real account
 * (with whether a mail was queued, and why not), {@code PASSWORD_RESET_UNKNOWN_EMAIL} for an
 * address without one (no address in it: it may belong to nobody we know). What remains different
 * is the inserts of a mail actually queued (the token and the outbox row), which a real account
 * also skips within its 60 seconds. Nothing slow runs on any path (no hashing, no SMTP).
 */
public final class RequestPasswordResetService implements RequestPasswordResetUseCase {
    private final UserRepository users;
    private final EmailTokenMails tokenMails;
    private final SecurityEventLog securityEvents;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RequestPasswordResetService(
            UserRepository users,
            EmailTokenMails tokenMails,
            SecurityEventLog securityEvents,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.users = users;
        this.tokenMails = tokenMails;
        this.securityEvents = securityEvents;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void requestPasswordReset(RequestPasswordResetCommand command) {
        unitOfWork.run(() -> {
            // A random id for no account: the lock and the read below then find nothing, at the same cost.
            Optional<User> found = users.findByEmail(command.email());
            UserId id = found.map(User::id).orElseGet(UserId::newId);
            Optional<User> account = users.lockById(id);
            Instant now = clock.instant();
            boolean recent = tokenMails.issuedRecently(id, EmailTokenPurpose.PASSWORD_RESET, now);
            if (account.isEmpty()) {
                securityEvents.record(SecurityEvent.unattributed(
                        SecurityEventType.PASSWORD_RESET_UNKNOWN_EMAIL, now, null, command.client(), Map.of()));
                return;
            }
            User user = account.get();
            boolean mail = user.enabled() && !recent;
            if (mail) {
                tokenMails.send(user.id(), EmailTokenPurpose.PASSWORD_RESET, user.email(), now);
            }
            securityEvents.record(SecurityEvent.unattributed(
                    SecurityEventType.PASSWORD_RESET_REQUESTED, now, user.id(), command.client(), details(user, mail)));
        });
    }

    private static Map<String, String> details(User user, boolean mailQueued) {
        if (!user.enabled()) {
            return Map.of("mailQueued", "false", "reason", "account-disabled");
        }
        return Map.of("mailQueued", String.valueOf(mailQueued));
    }
}
