package dev.gatehouse.application.email;

import static dev.gatehouse.application.email.EmailWorld.CLIENT;
import static dev.gatehouse.application.email.EmailWorld.NEW_PASSWORD;
import static dev.gatehouse.application.email.EmailWorld.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gatehouse.application.auth.RegisterUserService;
import dev.gatehouse.application.email.mailing.EmailTokenMails;
import dev.gatehouse.application.email.mailing.SecurityNotices;
import dev.gatehouse.application.user.AccountOpener;
import dev.gatehouse.domain.email.EmailToken;
import dev.gatehouse.domain.email.EmailTokenPurpose;
import dev.gatehouse.domain.email.PasswordResetAnswerFailedException;
import dev.gatehouse.domain.mail.Mail;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.auth.RegisterUserCommand;
import dev.gatehouse.domain.port.in.email.ConfirmPasswordResetCommand;
import dev.gatehouse.domain.port.in.email.RequestEmailChangeCommand;
import dev.gatehouse.domain.port.in.email.RequestPasswordResetCommand;
import dev.gatehouse.domain.port.out.MailOutbox;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.User;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mail is kept exactly when the change that causes it is. The in-memory stores cannot roll back,
 * so the outbox here can: it holds what a unit of work queues until that unit of work ends, keeps
 * it on success and drops it on failure, and refuses mail queued outside any unit of work. The last
 * step of each change (recording its audit event) is made to fail after the mail was queued.
 */
class MailInTheUnitOfWorkTest {
    private final EmailWorld world = new EmailWorld();
    private final TransactionalOutbox outbox = new TransactionalOutbox(world.outbox);
    private final UnitOfWork unitOfWork = new OutboxUnitOfWork(outbox);
    private final EmailTokenMails tokenMails =
            new EmailTokenMails(world.emailTokens, outbox, world.mailComposer, new SecureRandom());
    private final SecurityNotices notices = new SecurityNotices(outbox, world.mailComposer);
    private final User ada = world.openUser("ada@example.com");
    private boolean eventLogFails;
    private final SecurityEventLog events = event -> {
        if (eventLogFails) {
            throw new IllegalStateException("the audit insert failed");
        }
        world.securityEvents.record(event);
    };

    /** Holds each unit of work's mail until it ends; refuses mail outside one. */
    static final class TransactionalOutbox implements MailOutbox {
        private final MailOutbox committed;
        private List<Mail> pending;
        private final List<Instant> pendingAt = new ArrayList<>();

        TransactionalOutbox(MailOutbox committed) {
            this.committed = committed;
        }

        @Override
        public void enqueue(Mail mail, Instant now) {
            if (pending == null) {
                throw new IllegalStateException("Mail queued outside a unit of work");
            }
            pending.add(mail);
            pendingAt.add(now);
        }

        void begin() {
            pending = new ArrayList<>();
            pendingAt.clear();
        }

        void end(boolean commit) {
            if (commit) {
                for (int i = 0; i < pending.size(); i++) {
                    committed.enqueue(pending.get(i), pendingAt.get(i));
                }
            }
            pending = null;
        }
    }

    /** Begins and ends the outbox's transaction around the work; not nested (no use case nests them). */
    record OutboxUnitOfWork(TransactionalOutbox outbox) implements UnitOfWork {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            outbox.begin();
            boolean committed = false;
            try {
                T result = work.get();
                committed = true;
                return result;
            } finally {
                outbox.end(committed);
            }
        }
    }

    /** The request, then its answer off the request: the answer is what queues the mail. */
    private void requestReset() {
        new RequestPasswordResetService(world.resetRequests, unitOfWork, world.clock)
                .requestPasswordReset(new RequestPasswordResetCommand(ada.email(), CLIENT));
        new AnswerPasswordResetRequestsService(
                        world.resetRequests, world.users, tokenMails, events, unitOfWork, world.clock)
                .answerPending(1);
    }

    private void confirmReset(String token) {
        new ConfirmPasswordResetService(
                        world.users,
                        world.emailTokens,
                        world.sessions,
                        world.throttling,
                        notices,
                        events,
                        world.newPasswords,
                        unitOfWork,
                        world.clock)
                .confirmPasswordReset(
                        new ConfirmPasswordResetCommand(new EmailToken(token), new Password(NEW_PASSWORD), CLIENT));
    }

    private void requestChange() {
        new RequestEmailChangeService(
                        world.users, world.currentPasswordCheck, tokenMails, notices, events, unitOfWork, world.clock)
                .requestEmailChange(new RequestEmailChangeCommand(
                        ada.id(), new Email("ada@new.example"), new Password(PASSWORD), CLIENT));
    }

    private void register() {
        AccountOpener opener = new AccountOpener(world.users, world.newPasswords, tokenMails, world.clock);
        new RegisterUserService(opener, events, unitOfWork, true)
                .register(new RegisterUserCommand(new Email("bob@example.com"), new Password(PASSWORD), null, CLIENT));
    }

    private void run(String change) {
        switch (change) {
            case "reset request" -> requestReset();
            case "reset confirmation" -> {
                boolean fails = eventLogFails;
                eventLogFails = false;
                requestReset();
                // The link mail is committed; only the confirmation is under test.
                String token = world.lastLinkedTokenTo("ada@example.com");
                eventLogFails = fails;
                confirmReset(token);
            }
            case "email change request" -> requestChange();
            case "registration" -> register();
            default -> throw new IllegalArgumentException(change);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"reset request", "reset confirmation", "email change request", "registration"})
    void aChangeThatCommitsKeepsItsMail(String change) {
        run(change);

        assertThat(world.outbox.queued()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"reset request", "reset confirmation", "email change request", "registration"})
    void aChangeThatRollsBackQueuesNothing(String change) {
        int before = "reset confirmation".equals(change) ? 1 : 0;
        eventLogFails = true;

        Throwable thrown = catchThrowable(() -> run(change));

        // The worker answering a reset request reports which attempt failed, with the failure as its cause.
        Throwable failure = thrown instanceof PasswordResetAnswerFailedException ? thrown.getCause() : thrown;
        assertThat(failure).hasMessage("the audit insert failed");

        assertThat(world.outbox.queued()).hasSize(before);
    }

    @Test
    void theOutboxRefusesMailOutsideAUnitOfWork() {
        assertThatThrownBy(() ->
                        tokenMails.send(ada.id(), EmailTokenPurpose.VERIFY_EMAIL, ada.email(), world.clock.instant()))
                .isInstanceOf(IllegalStateException.class);
    }
}
