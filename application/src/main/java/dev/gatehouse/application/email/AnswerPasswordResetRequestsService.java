package dev.gatehouse.application.email;

import dev.gatehouse.application.email.mailing.EmailTokenMails;
import dev.gatehouse.domain.email.EmailTokenPurpose;
import dev.gatehouse.domain.email.PasswordResetAnswerFailedException;
import dev.gatehouse.domain.email.PasswordResetRequest;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.port.in.email.AnswerPasswordResetRequestsUseCase;
import dev.gatehouse.domain.port.out.PasswordResetRequestQueue;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Answers queued password-reset requests, each in a unit of work of its own that takes it from the
 * queue: a link to the enabled account with the address unless one went out in the last
 * {@link EmailTokenMails#MAIL_INTERVAL}, and an audit event either way ({@code
 * PASSWORD_RESET_REQUESTED} for an account, with whether a mail was queued and why not; {@code
 * PASSWORD_RESET_UNKNOWN_EMAIL}, without the address, for none). The mail limit is read under the
 * account's row lock, so two requests for one account answered at once on two instances queue one
 * mail.
 *
 * <p>A request whose answer fails (the database went away, most likely) is back in the queue with
 * the rollback; it is then set aside for {@link #RETRY_PAUSE} so that the others are not held up
 * behind it, and dropped after {@link #MAX_ATTEMPTS} failures so that a request that can never be
 * answered does not come back forever.
 */
public final class AnswerPasswordResetRequestsService implements AnswerPasswordResetRequestsUseCase {
    static final int MAX_ATTEMPTS = 5;
    static final Duration RETRY_PAUSE = Duration.ofSeconds(30);

    private final PasswordResetRequestQueue queue;
    private final UserRepository users;
    private final EmailTokenMails tokenMails;
    private final SecurityEventLog securityEvents;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public AnswerPasswordResetRequestsService(
            PasswordResetRequestQueue queue,
            UserRepository users,
            EmailTokenMails tokenMails,
            SecurityEventLog securityEvents,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.queue = queue;
        this.users = users;
        this.tokenMails = tokenMails;
        this.securityEvents = securityEvents;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public int answerPending(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1");
        }
        int answered = 0;
        while (answered < max && answerNext()) {
            answered++;
        }
        return answered;
    }

    /** @return whether there was a due request to answer */
    private boolean answerNext() {
        AtomicReference<PasswordResetRequest> taken = new AtomicReference<>();
        try {
            return unitOfWork.inTransaction(() -> {
                Optional<PasswordResetRequest> next = queue.take(clock.instant());
                next.ifPresent(request -> {
                    taken.set(request);
                    answer(request);
                });
                return next.isPresent();
            });
        } catch (RuntimeException failure) {
            PasswordResetRequest request = taken.get();
            if (request == null) {
                throw failure; // the take itself failed: nothing was taken
            }
            int attempt = request.attempts() + 1;
            try {
                setAside(request, attempt);
            } catch (RuntimeException alsoFailed) {
                failure.addSuppressed(alsoFailed); // still due, as the rollback left it
            }
            throw new PasswordResetAnswerFailedException(attempt, MAX_ATTEMPTS, failure);
        }
    }

    private void setAside(PasswordResetRequest request, int attempt) {
        if (attempt >= MAX_ATTEMPTS) {
            queue.drop(request.id());
        } else {
            queue.postpone(request.id(), clock.instant().plus(RETRY_PAUSE));
        }
    }

    private void answer(PasswordResetRequest request) {
        Instant now = clock.instant();
        Optional<User> account = users.findByEmail(request.email()).flatMap(found -> users.lockById(found.id()));
        if (account.isEmpty()) {
            securityEvents.record(SecurityEvent.unattributed(
                    SecurityEventType.PASSWORD_RESET_UNKNOWN_EMAIL, now, null, request.client(), Map.of()));
            return;
        }
        User user = account.get();
        boolean mail = user.enabled()
                && tokenMails.sendUnlessRecent(user.id(), EmailTokenPurpose.PASSWORD_RESET, user.email(), now);
        securityEvents.record(SecurityEvent.unattributed(
                SecurityEventType.PASSWORD_RESET_REQUESTED, now, user.id(), request.client(), details(user, mail)));
    }

    private static Map<String, String> details(User user, boolean mailQueued) {
        if (!user.enabled()) {
            return Map.of("mailQueued", "false", "reason", "account-disabled");
        }
        return Map.of("mailQueued", String.valueOf(mailQueued));
    }
}
