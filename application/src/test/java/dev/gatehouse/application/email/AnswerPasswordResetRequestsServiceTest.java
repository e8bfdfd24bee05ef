package dev.gatehouse.application.email;

import static dev.gatehouse.application.email.EmailWorld.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gatehouse.domain.email.PasswordResetAnswerFailedException;
import dev.gatehouse.domain.email.PasswordResetRequest;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.mail.MailTopic;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.testing.InMemoryUserRepository;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * How the queue is worked through: in batches, oldest first, each request in a unit of work of its
 * own; and what happens to a request whose answer fails. The in-memory queue cannot roll back, so
 * the unit of work here puts back what a failed one took, as PostgreSQL's rollback would.
 */
class AnswerPasswordResetRequestsServiceTest {
    private final EmailWorld world = new EmailWorld();
    private final LockFailingUsers users = new LockFailingUsers(world.users);
    private final UnitOfWork rollingBack = new RollingBackUnitOfWork(world);
    private final AnswerPasswordResetRequestsService answers = new AnswerPasswordResetRequestsService(
            world.resetRequests, users, world.tokenMails, world.securityEvents, rollingBack, world.clock);

    /** The world's accounts, whose row lock fails while {@link #failing} is set (the database went away). */
    static final class LockFailingUsers extends InMemoryUserRepository {
        private final InMemoryUserRepository accounts;
        boolean failing;

        LockFailingUsers(InMemoryUserRepository accounts) {
            this.accounts = accounts;
        }

        @Override
        public Optional<User> findByEmail(Email email) {
            return accounts.findByEmail(email);
        }

        @Override
        public Optional<User> lockById(UserId id) {
            if (failing) {
                throw new IllegalStateException("connection lost while locking ada@example.com");
            }
            return accounts.lockById(id);
        }
    }

    /** Puts back the requests a failed unit of work took from the queue. */
    record RollingBackUnitOfWork(EmailWorld world) implements UnitOfWork {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            List<PasswordResetRequest> before = world.resetRequests.waiting();
            try {
                return work.get();
            } catch (RuntimeException failure) {
                before.stream()
                        .filter(request -> !world.resetRequests.waiting().contains(request))
                        .forEach(world.resetRequests::putBack);
                throw failure;
            }
        }
    }

    @Test
    void answersUpToTheBatchOldestFirstAndSaysHowMany() {
        world.openUser("ada@example.com");
        world.openUser("bob@example.com");
        world.queueResetRequest("ada@example.com");
        world.clock.advance(java.time.Duration.ofMillis(1));
        world.queueResetRequest("nobody@example.com");
        world.clock.advance(java.time.Duration.ofMillis(1));
        world.queueResetRequest("bob@example.com");

        assertThat(answers.answerPending(2)).isEqualTo(2);

        assertThat(world.topicsTo("ada@example.com")).contains(MailTopic.PASSWORD_RESET);
        assertThat(world.securityEvents.ofType(SecurityEventType.PASSWORD_RESET_UNKNOWN_EMAIL))
                .singleElement()
                .satisfies(event -> assertThat(event.client()).isEqualTo(CLIENT));
        assertThat(world.resetRequests.waiting())
                .extracting(request -> request.email().value())
                .containsExactly("bob@example.com");

        assertThat(answers.answerPending(2)).isOne();
        assertThat(world.topicsTo("bob@example.com")).contains(MailTopic.PASSWORD_RESET);
        assertThat(answers.answerPending(2)).isZero();
    }

    @Test
    void aFailedAnswerKeepsNothingAndSetsTheRequestAsideWithoutHoldingUpTheOthers() {
        world.openUser("ada@example.com");
        world.openUser("bob@example.com");
        world.queueResetRequest("ada@example.com");
        world.clock.advance(java.time.Duration.ofMillis(1));
        world.queueResetRequest("bob@example.com");
        users.failing = true;

        PasswordResetAnswerFailedException failure =
                catchThrowableOfType(PasswordResetAnswerFailedException.class, () -> answers.answerPending(10));

        assertThat(failure.attempt()).isOne();
        assertThat(failure.dropped()).isFalse();
        assertThat(failure.getMessage())
                .contains("attempt 1 of 5")
                .contains(IllegalStateException.class.getName())
                .doesNotContain("ada@example.com");
        assertThat(world.securityEvents.ofType(SecurityEventType.PASSWORD_RESET_REQUESTED))
                .isEmpty();
        PasswordResetRequest setAside = world.resetRequests.waiting().getFirst();
        assertThat(setAside.email().value()).isEqualTo("ada@example.com");
        assertThat(setAside.attempts()).isOne();
        assertThat(world.resetRequests.dueAt(setAside.id()))
                .contains(world.clock.instant().plus(AnswerPasswordResetRequestsService.RETRY_PAUSE));

        users.failing = false;
        assertThat(answers.answerPending(10))
                .as("bob's, not held up behind ada's")
                .isOne();
        assertThat(world.topicsTo("bob@example.com")).contains(MailTopic.PASSWORD_RESET);
        assertThat(world.topicsTo("ada@example.com")).doesNotContain(MailTopic.PASSWORD_RESET);

        world.clock.advance(AnswerPasswordResetRequestsService.RETRY_PAUSE);
        assertThat(answers.answerPending(10)).isOne();
        assertThat(world.topicsTo("ada@example.com")).contains(MailTopic.PASSWORD_RESET);
    }

    @Test
    void aRequestThatNeverSucceedsIsDroppedAfterItsLastAttempt() {
        world.openUser("ada@example.com");
        world.queueResetRequest("ada@example.com");
        users.failing = true;

        for (int attempt = 1; attempt < AnswerPasswordResetRequestsService.MAX_ATTEMPTS; attempt++) {
            PasswordResetAnswerFailedException failure =
                    catchThrowableOfType(PasswordResetAnswerFailedException.class, () -> answers.answerPending(1));
            assertThat(failure.dropped()).isFalse();
            world.clock.advance(AnswerPasswordResetRequestsService.RETRY_PAUSE);
        }
        PasswordResetAnswerFailedException last =
                catchThrowableOfType(PasswordResetAnswerFailedException.class, () -> answers.answerPending(1));

        assertThat(last.attempt()).isEqualTo(AnswerPasswordResetRequestsService.MAX_ATTEMPTS);
        assertThat(last.dropped()).isTrue();
        assertThat(last.getMessage()).contains("dropped");
        assertThat(world.resetRequests.count()).isZero();
    }

    @Test
    void aBatchMustBePositive() {
        assertThatThrownBy(() -> answers.answerPending(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
