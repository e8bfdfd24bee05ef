package dev.gatehouse.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.Fixtures;
import dev.gatehouse.domain.common.InvalidInputException;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.admin.EnsureBootstrapAdminCommand;
import dev.gatehouse.domain.port.in.admin.EnsureBootstrapAdminUseCase.Outcome;
import dev.gatehouse.domain.testing.InMemoryBootstrapAdminRecord;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnsureBootstrapAdminServiceTest {
    private static final Email ROOT = new Email("root@example.com");

    private final Fixtures world = new Fixtures();
    private final InMemoryBootstrapAdminRecord record = new InMemoryBootstrapAdminRecord();
    private final EnsureBootstrapAdminService service = new EnsureBootstrapAdminService(
            world.users, record, world.accountOpener, world.securityEvents, world.unitOfWork, world.clock);

    @Test
    void createsTheAdminOnceAndThenLeavesItAlone() {
        assertThat(service.ensureBootstrapAdmin(
                        new EnsureBootstrapAdminCommand(ROOT, new Password("correct horse battery"))))
                .isEqualTo(Outcome.CREATED);
        User created = world.users.findByEmail(ROOT).orElseThrow();

        assertThat(service.ensureBootstrapAdmin(
                        new EnsureBootstrapAdminCommand(ROOT, new Password("a changed password"))))
                .isEqualTo(Outcome.CREATED_BEFORE);

        assertThat(created.roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
        assertThat(world.users.findByEmail(ROOT)).contains(created);
        assertThat(world.storedAccounts()).isEqualTo(1);
        assertThat(record.createdAt()).contains(created.createdAt());
    }

    /** The configured password is known to whoever reads the configuration: it must not revive the account. */
    @Test
    void doesNotCreateTheAdminAgainAfterItWasDeleted() {
        service.ensureBootstrapAdmin(new EnsureBootstrapAdminCommand(ROOT, new Password("correct horse battery")));
        world.users.delete(world.users.findByEmail(ROOT).orElseThrow().id());

        assertThat(service.ensureBootstrapAdmin(
                        new EnsureBootstrapAdminCommand(ROOT, new Password("correct horse battery"))))
                .isEqualTo(Outcome.CREATED_BEFORE);
        assertThat(service.ensureBootstrapAdmin(new EnsureBootstrapAdminCommand(
                        new Email("other-root@example.com"), new Password("correct horse battery"))))
                .isEqualTo(Outcome.CREATED_BEFORE);

        assertThat(world.storedAccounts()).isZero();
    }

    @Test
    void hashesThePasswordBeforeTheUnitOfWorkOpens() {
        world.hasher.watch(world.unitOfWork);

        assertThat(service.ensureBootstrapAdmin(
                        new EnsureBootstrapAdminCommand(ROOT, new Password("correct horse battery"))))
                .isEqualTo(Outcome.CREATED);

        assertThat(world.unitOfWork.started()).isEqualTo(1);
        assertThat(world.hasher.callsInsideUnitOfWork()).isZero();
    }

    @Test
    void leavesAnExistingAccountWithThatEmailAsItIs() {
        User existing = world.openAccount(ROOT, new Password("correct horse battery"), null, Set.of(Role.USER));

        assertThat(service.ensureBootstrapAdmin(
                        new EnsureBootstrapAdminCommand(ROOT, new Password("another good one"))))
                .isEqualTo(Outcome.EMAIL_TAKEN);

        assertThat(world.users.findById(existing.id())).contains(existing);
        assertThat(record.createdAt()).isEmpty();
    }

    @Test
    void holdsTheConfiguredPasswordToThePolicy() {
        assertThatThrownBy(() -> service.ensureBootstrapAdmin(
                        new EnsureBootstrapAdminCommand(ROOT, new Password("password123"))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(world.storedAccounts()).isZero();
        assertThat(record.createdAt()).isEmpty();
    }
}
