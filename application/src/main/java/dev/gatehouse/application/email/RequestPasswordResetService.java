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
 * by address, lock it by id, read when its last reset token was issued. For an unknown address the
 * lock and the read are made with a random id that matches nothing, so they cost the same
 * statements as for a real account. Nothing slow is involved on either path (no password hashing,
 * no SMTP: the mail is only written to the outbox). What remains different is the writes of a mail
 * actually queued (the token, the outbox row, the audit event): a few inserts in a transaction that
 * commits either way. They are also absent for a real account within its 60 seconds, so their
 * absence alone says nothing. A throwaway row for unknown addresses would need an account to hang
 * on (the tokens' foreign key), so the writes are not imitated.
 *
 * <p>{@code PASSWORD_RESET_REQUESTED} is recorded for real accounts only (an unknown address has
 * no account to attach it to), with whether a mail was queued; never the token.
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
            UserId id = users.findByEmail(command.email()).map(User::id).orElseGet(UserId::newId);
            Optional<User> account = users.lockById(id).filter(User::enabled);
            Instant now = clock.instant();
            boolean recent = tokenMails.issuedRecently(id, EmailTokenPurpose.PASSWORD_RESET, now);
            if (account.isEmpty()) {
                return;
            }
            User user = account.get();
            if (!recent) {
                tokenMails.send(user.id(), EmailTokenPurpose.PASSWORD_RESET, user.email(), now);
            }
            securityEvents.record(SecurityEvent.unattributed(
                    SecurityEventType.PASSWORD_RESET_REQUESTED,
                    now,
                    user.id(),
                    command.client(),
                    Map.of("mailQueued", String.valueOf(!recent))));
        });
    }
}
