package dev.gatehouse.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.Fixtures;
import dev.gatehouse.domain.auth.Password;
import dev.gatehouse.domain.common.InvalidInputException;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnsureBootstrapAdminServiceTest {
    private final Fixtures world = new Fixtures();
    private final EnsureBootstrapAdminService service =
            new EnsureBootstrapAdminService(world.users, world.accountOpener, world.securityEvents, world.unitOfWork);

    @Test
    void createsTheAdminOnceAndThenLeavesItAlone() {
        assertThat(service.ensureBootstrapAdmin(new Email("root@example.com"), new Password("correct horse battery"))).isTrue();
        User created = world.users.findByEmail(new Email("root@example.com")).orElseThrow();

        assertThat(service.ensureBootstrapAdmin(new Email("root@example.com"), new Password("a changed password"))).isFalse();

        assertThat(created.roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
        assertThat(world.users.findByEmail(new Email("root@example.com"))).contains(created);
        assertThat(world.users.count()).isEqualTo(1);
    }

    @Test
    void hashesThePasswordBeforeTheUnitOfWorkOpens() {
        world.hasher.watch(world.unitOfWork);

        assertThat(service.ensureBootstrapAdmin(new Email("root@example.com"), new Password("correct horse battery"))).isTrue();

        assertThat(world.unitOfWork.started()).isEqualTo(1);
        assertThat(world.hasher.callsInsideUnitOfWork()).isZero();
    }

    @Test
    void leavesAnExistingAccountWithThatEmailAsItIs() {
        User existing = world.openAccount(new Email("root@example.com"), new Password("correct horse battery"),
                null, Set.of(Role.USER));

        assertThat(service.ensureBootstrapAdmin(new Email("root@example.com"), new Password("another good one"))).isFalse();

        assertThat(world.users.findById(existing.id())).contains(existing);
    }

    @Test
    void holdsTheConfiguredPasswordToThePolicy() {
        assertThatThrownBy(() -> service.ensureBootstrapAdmin(new Email("root@example.com"), new Password("password123")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(world.users.count()).isZero();
    }
}
