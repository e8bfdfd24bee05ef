package dev.gatehouse.application.email;

import dev.gatehouse.domain.email.EmailTokenGrant;
import dev.gatehouse.domain.email.EmailTokenPurpose;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.port.in.email.VerifyEmailCommand;
import dev.gatehouse.domain.port.in.email.VerifyEmailUseCase;
import dev.gatehouse.domain.port.out.EmailTokenStore;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Marks the account's address verified with the token mailed to it, in one unit of work: the token
 * is spent, then the account is locked and must still have the address the token was mailed to
 * (a link to an address the account has left verifies nothing; the refusal rolls the spend back).
 * Following a link of an address verified already changes nothing, but is still recorded.
 */
public final class VerifyEmailService implements VerifyEmailUseCase {
    private final UserRepository users;
    private final SpendableTokens tokens;
    private final SecurityEventLog securityEvents;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public VerifyEmailService(
            UserRepository users,
            EmailTokenStore emailTokens,
            SecurityEventLog securityEvents,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.users = users;
        this.tokens = new SpendableTokens(emailTokens, users);
        this.securityEvents = securityEvents;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void verifyEmail(VerifyEmailCommand command) {
        unitOfWork.run(() -> {
            Instant now = clock.instant();
            EmailTokenGrant grant = tokens.spend(command.token(), EmailTokenPurpose.VERIFY_EMAIL, now);
            User user = tokens.lockAccount(grant, SpendableTokens.hasAddressOf(grant));
            // Already verified (a password reset proves the mailbox too): the link is spent and
            // answered as a success, but nothing changed, so nothing is recorded.
            if (user.emailVerified()) {
                return;
            }
            users.update(user.withEmailVerified(now));
            securityEvents.record(
                    SecurityEvent.bySelf(SecurityEventType.EMAIL_VERIFIED, now, user.id(), command.client(), Map.of()));
        });
    }
}
