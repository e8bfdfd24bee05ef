package dev.gatehouse.adapter.out.persistence;

import static dev.gatehouse.adapter.out.persistence.jooq.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.adapter.out.persistence.OverlappingTransactions.Outcome;
import dev.gatehouse.adapter.out.persistence.OverlappingTransactions.Outcomes;
import dev.gatehouse.domain.common.PageRequest;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.testing.UserBuilder;
import dev.gatehouse.domain.testing.UserRepositoryContract;
import dev.gatehouse.domain.user.DisplayName;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.EmailAlreadyTakenException;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shared repository contract on real PostgreSQL, plus what only a real database can show. */
@PersistenceIT
class JooqUserRepositoryIT extends UserRepositoryContract {
    private static final Instant LATER = Instant.parse("2026-02-01T00:00:00Z");

    private final UserRepository repository;
    private final UnitOfWork unitOfWork;
    private final DSLContext dsl;

    @Autowired
    JooqUserRepositoryIT(UserRepository repository, UnitOfWork unitOfWork, DSLContext dsl) {
        this.repository = repository;
        this.unitOfWork = unitOfWork;
        this.dsl = dsl;
    }

    @Override
    protected UserRepository repository() {
        return repository;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    @Test
    void storesWhetherTheAddressIsVerified() {
        User unverified =
                UserBuilder.aUser().withEmail("unverified@example.com").build();
        User verified = UserBuilder.aUser()
                .withEmail("verified@example.com")
                .emailVerified()
                .build();

        unitOfWork.run(() -> {
            repository.insert(unverified);
            repository.insert(verified);
        });

        assertThat(emailVerifiedColumn(unverified)).isFalse();
        assertThat(emailVerifiedColumn(verified)).isTrue();
        assertThat(repository.findById(unverified.id())).contains(unverified);
        assertThat(repository.findById(verified.id()))
                .hasValueSatisfying(found -> assertThat(found.emailVerified()).isTrue());
    }

    @Test
    void updatesWhetherTheAddressIsVerified() {
        User user = UserBuilder.aUser()
                .withEmail("old@example.com")
                .createdAt(LATER)
                .build();
        unitOfWork.run(() -> repository.insert(user));
        User verified = user.withEmailVerified(LATER.plusSeconds(1));

        unitOfWork.run(() -> repository.update(verified));

        assertThat(emailVerifiedColumn(user)).isTrue();
        assertThat(unitOfWork.inTransaction(() -> repository.lockById(user.id())))
                .contains(verified);

        User moved = verified.withEmail(new Email("new@example.com"), LATER.plusSeconds(2));
        User movedUnverified = User.restore(
                moved.id(),
                moved.email(),
                null,
                moved.passwordHash(),
                moved.roles(),
                moved.enabled(),
                false,
                moved.createdAt(),
                moved.updatedAt(),
                moved.tokensValidAfter());
        unitOfWork.run(() -> repository.update(movedUnverified));

        assertThat(emailVerifiedColumn(user)).isFalse();
        assertThat(repository.findByEmail(new Email("new@example.com"))).contains(movedUnverified);
    }

    /** What a login opening a session relies on: a password change that commits first is seen. */
    @Test
    void lockingAnAccountWaitsForAConcurrentChangeAndReadsWhatItCommitted() throws InterruptedException {
        User user = UserBuilder.aUser()
                .withEmail("locked@example.com")
                .createdAt(LATER)
                .build();
        unitOfWork.run(() -> repository.insert(user));
        User changed = user.withPasswordHash(
                new dev.gatehouse.domain.user.PasswordHash("$2a$10$changed"), LATER.plusSeconds(1));

        Outcomes<Object, java.util.Optional<User>> outcomes = OverlappingTransactions.run(
                unitOfWork,
                dsl,
                () -> {
                    repository.update(changed);
                    return null;
                },
                () -> repository.lockById(user.id()));

        assertThat(outcomes.second().value()).contains(changed);
    }

    /** ...and a change that comes later waits for the login's unit of work to end. */
    @Test
    void aChangeWaitsForTheUnitOfWorkThatLockedTheAccount() throws InterruptedException {
        User user = UserBuilder.aUser()
                .withEmail("held@example.com")
                .createdAt(LATER)
                .build();
        unitOfWork.run(() -> repository.insert(user));
        User disabled = user.withEnabled(false, LATER.plusSeconds(1));

        Outcomes<java.util.Optional<User>, Object> outcomes =
                OverlappingTransactions.run(unitOfWork, dsl, () -> repository.lockById(user.id()), () -> {
                    repository.update(disabled);
                    return null;
                });

        assertThat(outcomes.first().value()).contains(user);
        assertThat(outcomes.second().succeeded()).isTrue();
        assertThat(unitOfWork.inTransaction(() -> repository.findById(user.id())))
                .contains(disabled);
    }

    @Test
    void concurrentInsertsOfOneEmailLetExactlyOneWin() throws InterruptedException {
        User first = UserBuilder.aUser().withEmail("race@example.com").build();
        User second = UserBuilder.aUser().withEmail("race@example.com").build();

        Outcomes<Object, Object> outcomes =
                OverlappingTransactions.run(unitOfWork, dsl, () -> insert(first), () -> insert(second));

        List<Outcome<Object>> both = List.of(outcomes.first(), outcomes.second());
        assertThat(both).filteredOn(Outcome::succeeded).hasSize(1);
        assertThat(both)
                .filteredOn(outcome -> !outcome.succeeded())
                .singleElement()
                .satisfies(outcome -> assertThat(outcome.failure()).isInstanceOf(EmailAlreadyTakenException.class));
        assertThat(dsl.fetchCount(USERS, USERS.EMAIL.eq("race@example.com"))).isEqualTo(1);
    }

    @Test
    void refusesChangingAnEmailToOneThatIsTaken() {
        User taken = UserBuilder.aUser().withEmail("taken@example.com").build();
        User other = UserBuilder.aUser().withEmail("free@example.com").build();
        unitOfWork.run(() -> {
            repository.insert(taken);
            repository.insert(other);
        });

        User clash = User.restore(
                other.id(),
                taken.email(),
                null,
                other.passwordHash(),
                other.roles(),
                other.enabled(),
                other.emailVerified(),
                other.createdAt(),
                LATER,
                other.tokensValidAfter());
        assertThatThrownBy(() -> unitOfWork.run(() -> repository.update(clash)))
                .isInstanceOf(EmailAlreadyTakenException.class);
        assertThat(repository.findById(other.id())).contains(other);
    }

    @Test
    void searchTreatsABackslashAsPlainText() {
        unitOfWork.run(() -> {
            repository.insert(UserBuilder.aUser().withEmail("a\\b@example.com").build());
            repository.insert(UserBuilder.aUser().withEmail("ab@example.com").build());
        });

        assertThat(repository.search("A\\B", null, new PageRequest(0, 10)).items())
                .extracting(user -> user.email().value())
                .containsExactly("a\\b@example.com");
    }

    @Test
    void searchCombinesTheEmailAndRoleFilters() {
        unitOfWork.run(() -> {
            repository.insert(UserBuilder.aUser()
                    .withEmail("boss@corp.example")
                    .withRoles(Role.ADMIN)
                    .build());
            repository.insert(
                    UserBuilder.aUser().withEmail("clerk@corp.example").build());
            repository.insert(UserBuilder.aUser()
                    .withEmail("boss@home.example")
                    .withRoles(Role.ADMIN)
                    .build());
        });

        var page = repository.search("corp", Role.ADMIN, new PageRequest(0, 10));

        assertThat(page.items()).extracting(user -> user.email().value()).containsExactly("boss@corp.example");
        assertThat(page.totalItems()).isEqualTo(1);
    }

    @Test
    void deletingAUserDeletesItsRoles() {
        User admin = UserBuilder.aUser().withRoles(Role.ADMIN).build();
        unitOfWork.run(() -> repository.insert(admin));

        unitOfWork.run(() -> repository.delete(admin.id()));

        assertThat(repository.search(null, Role.ADMIN, new PageRequest(0, 10)).totalItems())
                .isZero();
        assertThat(unitOfWork.inTransaction(repository::lockEnabledAdmins)).isEmpty();
    }

    /**
     * The last-admin rule depends on this: a transaction that waited for another's admin locks must
     * see the admin that the other one demoted, or both could each demote a different "other" admin.
     */
    @Test
    void anAdminLockTakenAfterAConcurrentDemotionDoesNotCountTheDemotedAdmin() throws InterruptedException {
        User demoted = UserBuilder.aUser().withRoles(Role.ADMIN).build();
        User remaining = UserBuilder.aUser().withRoles(Role.ADMIN).build();
        unitOfWork.run(() -> {
            repository.insert(demoted);
            repository.insert(remaining);
        });

        Outcomes<Set<UserId>, Set<UserId>> outcomes = OverlappingTransactions.run(
                unitOfWork,
                dsl,
                () -> {
                    Set<UserId> lockedByFirst = repository.lockEnabledAdmins();
                    repository.update(demoted.withRoles(Set.of(), LATER));
                    return lockedByFirst;
                },
                repository::lockEnabledAdmins);

        assertThat(outcomes.first().value()).containsExactlyInAnyOrder(demoted.id(), remaining.id());
        assertThat(outcomes.second().failure()).isNull();
        assertThat(outcomes.second().value()).containsExactly(remaining.id());
    }

    @Test
    void anAdminLockTakenAfterAConcurrentDisableDoesNotCountTheDisabledAdmin() throws InterruptedException {
        User disabled = UserBuilder.aUser().withRoles(Role.ADMIN).build();
        User remaining = UserBuilder.aUser().withRoles(Role.ADMIN).build();
        unitOfWork.run(() -> {
            repository.insert(disabled);
            repository.insert(remaining);
        });

        Outcomes<Set<UserId>, Set<UserId>> outcomes = OverlappingTransactions.run(
                unitOfWork,
                dsl,
                () -> {
                    Set<UserId> lockedByFirst = repository.lockEnabledAdmins();
                    repository.update(disabled.withEnabled(false, LATER));
                    return lockedByFirst;
                },
                repository::lockEnabledAdmins);

        assertThat(outcomes.second().failure()).isNull();
        assertThat(outcomes.second().value()).containsExactly(remaining.id());
    }

    /** Roles are updated by difference: an admin edited meanwhile must still count as one. */
    @Test
    void anAdminLockTakenAfterAConcurrentEditStillCountsTheEditedAdmin() throws InterruptedException {
        User edited = UserBuilder.aUser().withRoles(Role.ADMIN).build();
        unitOfWork.run(() -> repository.insert(edited));

        Outcomes<Set<UserId>, Set<UserId>> outcomes = OverlappingTransactions.run(
                unitOfWork,
                dsl,
                () -> {
                    Set<UserId> lockedByFirst = repository.lockEnabledAdmins();
                    repository.update(edited.withDisplayName(new DisplayName("Renamed"), LATER));
                    return lockedByFirst;
                },
                repository::lockEnabledAdmins);

        assertThat(outcomes.second().failure()).isNull();
        assertThat(outcomes.second().value()).containsExactly(edited.id());
    }

    /**
     * What every read-modify-write of an account relies on: a lock taken while another unit of
     * work changes the account waits for it, then returns the account as changed, roles included
     * (a single {@code SELECT … FOR UPDATE} would return the roles of the snapshot before the wait).
     */
    @Test
    void aLockTakenWhileAnotherUnitOfWorkChangesTheAccountReturnsItAsChanged() throws InterruptedException {
        User admin = UserBuilder.aUser().withRoles(Role.ADMIN).build();
        unitOfWork.run(() -> repository.insert(admin));
        User demotedAndDisabled = admin.withRoles(Set.of(), LATER).withEnabled(false, LATER);

        Outcomes<Object, java.util.Optional<User>> outcomes = OverlappingTransactions.run(
                unitOfWork,
                dsl,
                () -> {
                    repository.lockById(admin.id());
                    repository.update(demotedAndDisabled);
                    return null;
                },
                () -> repository.lockById(admin.id()));

        assertThat(outcomes.second().failure()).isNull();
        assertThat(outcomes.second().value()).contains(demotedAndDisabled);
    }

    @Test
    void aLockTakenWhileAnotherUnitOfWorkDeletesTheAccountFindsNothing() throws InterruptedException {
        User user = UserBuilder.aUser().build();
        unitOfWork.run(() -> repository.insert(user));

        Outcomes<Boolean, java.util.Optional<User>> outcomes = OverlappingTransactions.run(
                unitOfWork, dsl, () -> repository.delete(user.id()), () -> repository.lockById(user.id()));

        assertThat(outcomes.second().failure()).isNull();
        assertThat(outcomes.second().value()).isEmpty();
    }

    private boolean emailVerifiedColumn(User user) {
        return dsl.select(USERS.EMAIL_VERIFIED)
                .from(USERS)
                .where(USERS.ID.eq(user.id().value()))
                .fetchSingle(USERS.EMAIL_VERIFIED);
    }

    private Object insert(User user) {
        repository.insert(user);
        return null;
    }
}
