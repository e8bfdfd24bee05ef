package dev.gatehouse.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.Fixtures;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.auth.RegistrationDisabledException;
import dev.gatehouse.domain.common.InvalidInputException;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.auth.RegisterUserCommand;
import dev.gatehouse.domain.user.DisplayName;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.EmailAlreadyTakenException;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserView;
import org.junit.jupiter.api.Test;

class RegisterUserServiceTest {
    private final Fixtures world = new Fixtures();
    private final RegisterUserService service =
            new RegisterUserService(world.accountOpener, world.securityEvents, world.unitOfWork, true);

    @Test
    void registersAnEnabledUserWithAHashedPasswordAndMfaOff() {
        UserView registered = service.register(new RegisterUserCommand(
                new Email(" Ada@Example.com "),
                new Password("correct horse battery"),
                new DisplayName("Ada"),
                ClientInfo.unknown()));

        assertThat(registered.mfaEnabled()).isFalse();
        User user = registered.user();

        assertThat(user.email().value()).isEqualTo("ada@example.com");
        assertThat(user.roles()).containsExactly(Role.USER);
        assertThat(user.enabled()).isTrue();
        assertThat(user.createdAt()).isEqualTo(world.clock.instant());
        assertThat(user.passwordHash().value()).isNotEqualTo("correct horse battery");
        assertThat(world.hasher.matches(new Password("correct horse battery"), user.passwordHash()))
                .isTrue();
        assertThat(world.users.findById(user.id())).contains(user);
        assertThat(world.unitOfWork.started()).isEqualTo(1);
        assertThat(world.securityEvents.ofType(dev.gatehouse.domain.event.SecurityEventType.USER_REGISTERED))
                .singleElement()
                .satisfies(e -> assertThat(e.userId()).isEqualTo(user.id()));
    }

    @Test
    void hashesThePasswordBeforeTheUnitOfWorkOpens() {
        world.hasher.watch(world.unitOfWork);

        service.register(new RegisterUserCommand(
                new Email("ada@example.com"), new Password("correct horse battery"), null, ClientInfo.unknown()));

        assertThat(world.unitOfWork.started()).isEqualTo(1);
        assertThat(world.hasher.callsInsideUnitOfWork()).isZero();
    }

    @Test
    void refusesATakenEmailWhateverItsCase() {
        service.register(new RegisterUserCommand(
                new Email("ada@example.com"), new Password("correct horse battery"), null, ClientInfo.unknown()));

        assertThatThrownBy(() -> service.register(new RegisterUserCommand(
                        new Email("ADA@example.com"), new Password("another good one"), null, ClientInfo.unknown())))
                .isInstanceOf(EmailAlreadyTakenException.class);
        assertThat(world.storedAccounts()).isEqualTo(1);
    }

    @Test
    void refusesAPasswordAgainstThePolicyBeforeStoringAnything() {
        assertThatThrownBy(() -> service.register(new RegisterUserCommand(
                        new Email("ada@example.com"), new Password("short"), null, ClientInfo.unknown())))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("password");
        assertThat(world.storedAccounts()).isZero();
        assertThat(world.unitOfWork.started()).isZero();
    }

    @Test
    void refusesEveryoneWhenSelfRegistrationIsOff() {
        RegisterUserService closed =
                new RegisterUserService(world.accountOpener, world.securityEvents, world.unitOfWork, false);

        assertThatThrownBy(() -> closed.register(new RegisterUserCommand(
                        new Email("ada@example.com"),
                        new Password("correct horse battery"),
                        null,
                        ClientInfo.unknown())))
                .isInstanceOf(RegistrationDisabledException.class);
        assertThat(world.storedAccounts()).isZero();
    }
}
