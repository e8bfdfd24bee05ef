package dev.gatehouse.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.Fixtures;
import dev.gatehouse.domain.auth.Authentication;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.common.PageRequest;
import dev.gatehouse.domain.common.ResultPage;
import dev.gatehouse.domain.common.Update;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.admin.CreateUserCommand;
import dev.gatehouse.domain.port.in.admin.DeleteUserCommand;
import dev.gatehouse.domain.port.in.admin.GetUserQuery;
import dev.gatehouse.domain.port.in.admin.ListUsersQuery;
import dev.gatehouse.domain.port.in.admin.UpdateUserCommand;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.user.DisplayName;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.EmailAlreadyTakenException;
import dev.gatehouse.domain.user.LastEnabledAdminException;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import dev.gatehouse.domain.user.UserNotFoundException;
import dev.gatehouse.domain.user.UserView;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdminServicesTest {
    private final Fixtures world = new Fixtures();
    private final CreateUserService create = world.createUserService();
    private final GetUserService get = world.getUserService();
    private final ListUsersService list = world.listUsersService();
    private final UpdateUserService update = world.updateUserService();
    private final DeleteUserService delete = world.deleteUserService();
    private final User admin = world.openAdmin();

    @Test
    void createsAnAccountWithTheGivenRolesPlusUserAndMfaOff() {
        UserView created = create.createUser(new CreateUserCommand(
                admin.id(),
                new Email("grace@example.com"),
                new Password("another good one"),
                new DisplayName("Grace"),
                Set.of(Role.ADMIN),
                ClientInfo.unknown()));

        assertThat(created.user().roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
        assertThat(created.mfaEnabled()).isFalse();
        assertThat(get.getUser(new GetUserQuery(created.user().id()))).isEqualTo(created);
    }

    @Test
    void hashesTheNewPasswordBeforeTheUnitOfWorkOpens() {
        world.hasher.watch(world.unitOfWork);

        createGrace();

        assertThat(world.hasher.callsInsideUnitOfWork()).isZero();
    }

    @Test
    void createsPlainUsersWhenNoRolesAreGiven() {
        User created = createGrace();

        assertThat(created.roles()).containsExactly(Role.USER);
    }

    @Test
    void refusesToCreateATakenEmail() {
        assertThatThrownBy(() -> create.createUser(new CreateUserCommand(
                        admin.id(),
                        new Email("ROOT@example.com"),
                        new Password("another good one"),
                        null,
                        null,
                        ClientInfo.unknown())))
                .isInstanceOf(EmailAlreadyTakenException.class);
    }

    @Test
    void listsWithFilters() {
        createGrace();

        ResultPage<UserView> admins = list.listUsers(new ListUsersQuery(new PageRequest(0, 20), null, Role.ADMIN));
        ResultPage<UserView> graces = list.listUsers(new ListUsersQuery(new PageRequest(0, 20), "GRACE", null));

        assertThat(admins.items()).containsExactly(new UserView(admin, false));
        assertThat(graces.items()).extracting(v -> v.user().email().value()).containsExactly("grace@example.com");
    }

    @Test
    void getSaysWhenThereIsNoSuchUser() {
        assertThatThrownBy(() -> get.getUser(new GetUserQuery(UserId.newId())))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void updatesOnlyTheFieldsThatAreSent() {
        User grace = create.createUser(new CreateUserCommand(
                        admin.id(),
                        new Email("grace@example.com"),
                        new Password("another good one"),
                        new DisplayName("Grace"),
                        null,
                        ClientInfo.unknown()))
                .user();
        world.clock.advance(Duration.ofMinutes(1));

        User updated = update.updateUser(new UpdateUserCommand(
                        admin.id(),
                        grace.id(),
                        Update.keep(),
                        Update.to(Set.of(Role.ADMIN)),
                        Update.to(false),
                        ClientInfo.unknown()))
                .user();

        assertThat(updated.displayName()).contains(new DisplayName("Grace"));
        assertThat(updated.roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
        assertThat(updated.enabled()).isFalse();
        assertThat(updated.updatedAt()).isEqualTo(world.clock.instant());
        assertThat(world.users.findById(grace.id())).contains(updated);
    }

    @Test
    void aDisplayNameUpdatedToNullIsCleared() {
        User grace = create.createUser(new CreateUserCommand(
                        admin.id(),
                        new Email("grace@example.com"),
                        new Password("another good one"),
                        new DisplayName("Grace"),
                        null,
                        ClientInfo.unknown()))
                .user();

        User cleared = update.updateUser(new UpdateUserCommand(
                        admin.id(), grace.id(), Update.to(null), Update.keep(), Update.keep(), ClientInfo.unknown()))
                .user();
        User clearedAgain = update.updateUser(new UpdateUserCommand(
                        admin.id(), grace.id(), Update.to(null), Update.keep(), Update.keep(), ClientInfo.unknown()))
                .user();

        assertThat(cleared.displayName()).isEmpty();
        assertThat(world.users.findById(grace.id()).orElseThrow().displayName()).isEmpty();
        assertThat(clearedAgain).isEqualTo(cleared);
    }

    @Test
    void disablingEndsTheAccountsSessionsButOtherChangesDoNot() {
        User grace = createGrace();
        Session session = new Session(
                SessionId.newId(),
                grace.id(),
                world.clock.instant(),
                world.clock.instant(),
                world.clock.instant().plus(Duration.ofDays(30)),
                null,
                ClientInfo.unknown(),
                Authentication.byPassword(world.clock.instant()));
        world.sessions.open(session, "hash", world.clock.instant().plus(Duration.ofDays(14)));

        update.updateUser(new UpdateUserCommand(
                admin.id(),
                grace.id(),
                Update.to(new DisplayName("G")),
                Update.to(Set.of(Role.ADMIN)),
                Update.keep(),
                ClientInfo.unknown()));
        assertThat(world.sessions.findLive(grace.id(), world.clock.instant())).hasSize(1);

        update.updateUser(new UpdateUserCommand(
                admin.id(), grace.id(), Update.keep(), Update.keep(), Update.to(false), ClientInfo.unknown()));
        assertThat(world.sessions.findLive(grace.id(), world.clock.instant())).isEmpty();
    }

    @Test
    void anUpdateThatChangesNothingKeepsTheUpdateTime() {
        world.clock.advance(Duration.ofMinutes(1));

        User same = update.updateUser(new UpdateUserCommand(
                        admin.id(),
                        admin.id(),
                        Update.keep(),
                        Update.to(Set.of(Role.ADMIN, Role.USER)),
                        Update.to(true),
                        ClientInfo.unknown()))
                .user();

        assertThat(same).isEqualTo(admin);
    }

    @Test
    void refusesToDisableOrDemoteTheLastEnabledAdmin() {
        assertThatThrownBy(() -> update.updateUser(new UpdateUserCommand(
                        admin.id(), admin.id(), Update.keep(), Update.keep(), Update.to(false), ClientInfo.unknown())))
                .isInstanceOf(LastEnabledAdminException.class);
        assertThatThrownBy(() -> update.updateUser(new UpdateUserCommand(
                        admin.id(),
                        admin.id(),
                        Update.keep(),
                        Update.to(Set.of()),
                        Update.keep(),
                        ClientInfo.unknown())))
                .isInstanceOf(LastEnabledAdminException.class);
        assertThatThrownBy(() -> delete.deleteUser(new DeleteUserCommand(admin.id(), admin.id(), ClientInfo.unknown())))
                .isInstanceOf(LastEnabledAdminException.class);

        assertThat(world.users.findById(admin.id())).contains(admin);
    }

    @Test
    void aDisabledAdminDoesNotCountAsTheOtherAdmin() {
        User second = create.createUser(new CreateUserCommand(
                        admin.id(),
                        new Email("second@example.com"),
                        new Password("another good one"),
                        null,
                        Set.of(Role.ADMIN),
                        ClientInfo.unknown()))
                .user();
        update.updateUser(new UpdateUserCommand(
                admin.id(), second.id(), Update.keep(), Update.keep(), Update.to(false), ClientInfo.unknown()));

        assertThatThrownBy(() -> delete.deleteUser(new DeleteUserCommand(admin.id(), admin.id(), ClientInfo.unknown())))
                .isInstanceOf(LastEnabledAdminException.class);
    }

    @Test
    void letsAnAdminGoWhenAnotherEnabledAdminRemains() {
        User second = create.createUser(new CreateUserCommand(
                        admin.id(),
                        new Email("second@example.com"),
                        new Password("another good one"),
                        null,
                        Set.of(Role.ADMIN),
                        ClientInfo.unknown()))
                .user();

        delete.deleteUser(new DeleteUserCommand(second.id(), admin.id(), ClientInfo.unknown()));

        assertThat(world.users.findById(admin.id())).isEmpty();
        assertThat(world.users.findById(second.id())).isPresent();
    }

    @Test
    void deleteSaysWhenThereIsNoSuchUser() {
        assertThatThrownBy(() ->
                        delete.deleteUser(new DeleteUserCommand(admin.id(), UserId.newId(), ClientInfo.unknown())))
                .isInstanceOf(UserNotFoundException.class);
    }

    /** grace@example.com, created by the admin with no name and no roles given. */
    private User createGrace() {
        return create.createUser(new CreateUserCommand(
                        admin.id(),
                        new Email("grace@example.com"),
                        new Password("another good one"),
                        null,
                        null,
                        ClientInfo.unknown()))
                .user();
    }
}
