package dev.gatehouse.adapter.out.persistence;

import static dev.gatehouse.adapter.out.persistence.jooq.Tables.REFRESH_TOKENS;
import static dev.gatehouse.adapter.out.persistence.jooq.Tables.SESSIONS;
import static dev.gatehouse.adapter.out.persistence.jooq.Tables.USERS;
import static dev.gatehouse.adapter.out.persistence.jooq.Tables.USER_ROLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.auth.Authentication;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.common.PageRequest;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.testing.UserBuilder;
import dev.gatehouse.domain.user.EmailAlreadyTakenException;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PersistenceIT
class TransactionTemplateUnitOfWorkIT {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final UnitOfWork unitOfWork;
    private final UserRepository users;
    private final SessionRepository sessions;
    private final DSLContext dsl;

    @Autowired
    TransactionTemplateUnitOfWorkIT(
            UnitOfWork unitOfWork, UserRepository users, SessionRepository sessions, DSLContext dsl) {
        this.unitOfWork = unitOfWork;
        this.users = users;
        this.sessions = sessions;
        this.dsl = dsl;
    }

    @Test
    void commitsTheWorkAndReturnsItsResult() {
        User user = UserBuilder.aUser().build();

        String result = unitOfWork.inTransaction(() -> {
            users.insert(user);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(users.findById(user.id())).contains(user);
    }

    @Test
    void aFailedUnitOfWorkRollsBackEverythingItWrote() {
        User user = UserBuilder.aUser().withRoles(Role.ADMIN).build();
        IllegalStateException failure = new IllegalStateException("fails after writing");

        assertThatThrownBy(() -> unitOfWork.run(() -> {
                    users.insert(user);
                    sessions.open(sessionOf(user), "a".repeat(64), NOW.plus(Duration.ofDays(14)));
                    throw failure;
                }))
                .isSameAs(failure);

        assertThat(dsl.fetchCount(USERS)).isZero();
        assertThat(dsl.fetchCount(USER_ROLES)).isZero();
        assertThat(dsl.fetchCount(SESSIONS)).isZero();
        assertThat(dsl.fetchCount(REFRESH_TOKENS)).isZero();
    }

    @Test
    void aDomainErrorRollsBackTheWritesBeforeIt() {
        unitOfWork.run(() ->
                users.insert(UserBuilder.aUser().withEmail("taken@example.com").build()));
        User writtenFirst = UserBuilder.aUser().build();

        assertThatThrownBy(() -> unitOfWork.run(() -> {
                    users.insert(writtenFirst);
                    users.insert(
                            UserBuilder.aUser().withEmail("taken@example.com").build());
                }))
                .isInstanceOf(EmailAlreadyTakenException.class);

        assertThat(users.findById(writtenFirst.id())).isEmpty();
        assertThat(users.search(null, null, new PageRequest(0, 10)).totalItems())
                .isEqualTo(1);
    }

    @Test
    void aNestedUnitOfWorkJoinsTheOuterOneAndRollsBackWithIt() {
        User user = UserBuilder.aUser().build();

        assertThatThrownBy(() -> unitOfWork.run(() -> {
                    unitOfWork.run(() -> users.insert(user));
                    throw new IllegalStateException("outer fails after the inner one finished");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(users.findById(user.id())).isEmpty();
    }

    private static Session sessionOf(User user) {
        return new Session(
                SessionId.newId(),
                user.id(),
                NOW,
                NOW,
                NOW.plus(Duration.ofDays(30)),
                null,
                ClientInfo.unknown(),
                Authentication.byPassword(NOW));
    }
}
