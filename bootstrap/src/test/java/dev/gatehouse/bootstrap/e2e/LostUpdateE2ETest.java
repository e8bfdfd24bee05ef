package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.common.Update;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.admin.UpdateUserCommand;
import dev.gatehouse.domain.port.in.admin.UpdateUserUseCase;
import dev.gatehouse.domain.port.in.user.ChangeOwnPasswordCommand;
import dev.gatehouse.domain.port.in.user.ChangeOwnPasswordUseCase;
import dev.gatehouse.domain.port.in.user.UpdateOwnProfileCommand;
import dev.gatehouse.domain.port.in.user.UpdateOwnProfileUseCase;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.user.DisplayName;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.UserId;
import java.sql.Timestamp;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Concurrent requests never undo each other" (contract, Conventions): each test holds one change
 * open in its transaction until a racing request provably waits for it, then checks that the
 * racing request did not write back what it had read before the change.
 */
class LostUpdateE2ETest extends EndToEndTest {
    private static final String NEW_PASSWORD = "analytical engine 1843";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private UnitOfWork unitOfWork;

    @Autowired
    private UpdateUserUseCase updateUser;

    @Autowired
    private UpdateOwnProfileUseCase updateOwnProfile;

    @Autowired
    private ChangeOwnPasswordUseCase changeOwnPassword;

    private HeldChange held;
    private UserId root;

    @BeforeEach
    void setUp() {
        held = new HeldChange(unitOfWork, jdbc);
        root = adminId();
    }

    @Test
    void aProfileEditRacingAnAdminsDisableNeverReEnablesTheAccount() throws Exception {
        Account user = newAccount("disabled", false);

        HttpApi.Response edit = held.racing(() -> disable(user), () -> renameSelf(user, "Racer"));

        assertThat(edit.status()).as(edit.body()).isEqualTo(200);
        assertThat(enabled(user)).isFalse();
    }

    @Test
    void aProfileEditRacingADemotionNeverRePromotes() throws Exception {
        Account deputy = newAccount("deputy", true);

        HttpApi.Response edit = held.racing(
                () -> updateUser.updateUser(new UpdateUserCommand(
                        root,
                        deputy.id(),
                        Update.keep(),
                        Update.to(Set.of(Role.USER)),
                        Update.keep(),
                        ClientInfo.unknown())),
                () -> renameSelf(deputy, "Racer"));

        assertThat(edit.status()).as(edit.body()).isEqualTo(200);
        assertThat(roles(deputy)).containsExactly("USER");
    }

    @Test
    void aProfileEditRacingAPasswordChangeNeverRestoresTheOldPasswordNorItsTokens() throws Exception {
        Account user = newAccount("changer", false);
        Timestamp cutOffBefore = cutOff(user);

        HttpApi.Response edit = held.racing(
                () -> changeOwnPassword.changeOwnPassword(new ChangeOwnPasswordCommand(
                        user.id(), new Password(PASSWORD), new Password(NEW_PASSWORD), ClientInfo.unknown())),
                () -> renameSelf(user, "Racer"));

        assertThat(edit.status()).as(edit.body()).isIn(200, 401);
        assertThat(cutOff(user)).isAfter(cutOffBefore);
        assertProblem(
                api.post("/api/v1/auth/login", body("email", user.email(), "password", PASSWORD), null),
                401,
                "invalid-credentials");
        logIn(user.email(), NEW_PASSWORD);
    }

    @Test
    void aPasswordChangeRacingAnAdminsDisableNeverReEnablesTheAccount() throws Exception {
        Account user = newAccount("disabled-changer", false);

        HttpApi.Response change = held.racing(
                () -> disable(user),
                () -> api.put(
                        "/api/v1/users/me/password",
                        body("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD),
                        user.token()));

        assertThat(change.status()).as(change.body()).isIn(204, 401);
        assertThat(enabled(user)).isFalse();
    }

    @Test
    void anAdminEditRacingAProfileEditKeepsTheProfileEdit() throws Exception {
        Account user = newAccount("renamed", false);

        HttpApi.Response adminEdit = held.racing(
                () -> updateOwnProfile.updateOwnProfile(new UpdateOwnProfileCommand(
                        user.id(), Update.to(new DisplayName("Chosen by the user")), ClientInfo.unknown())),
                () -> api.patch("/api/v1/users/" + user.id().value(), body("enabled", false), adminToken()));

        assertThat(adminEdit.status()).as(adminEdit.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "SELECT display_name FROM users WHERE id = ?",
                        String.class,
                        user.id().value()))
                .isEqualTo("Chosen by the user");
        assertThat(enabled(user)).isFalse();
    }

    /** The second change proved the old password, which is no longer the current one when it writes. */
    @Test
    void ofTwoRacingPasswordChangesTheSecondIsRefused() throws Exception {
        Account user = newAccount("twice-changed", false);

        HttpApi.Response second = held.racing(
                () -> changeOwnPassword.changeOwnPassword(new ChangeOwnPasswordCommand(
                        user.id(), new Password(PASSWORD), new Password(NEW_PASSWORD), ClientInfo.unknown())),
                () -> api.put(
                        "/api/v1/users/me/password",
                        body("currentPassword", PASSWORD, "newPassword", "a different new one 42"),
                        user.token()));

        assertProblem(second, 400, "invalid-current-password");
        logIn(user.email(), NEW_PASSWORD);
    }

    private record Account(UserId id, String email, String token) {}

    private Account newAccount(String name, boolean admin) {
        String email = uniqueEmail(name);
        HttpApi.Response created = api.post(
                "/api/v1/users",
                body("email", email, "password", PASSWORD, "roles", admin ? List.of("ADMIN") : List.of()),
                adminToken());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        UserId id = new UserId(UUID.fromString(created.json().path("id").asString()));
        return new Account(id, email, logIn(email, PASSWORD));
    }

    private void disable(Account account) {
        updateUser.updateUser(new UpdateUserCommand(
                root, account.id(), Update.keep(), Update.keep(), Update.to(false), ClientInfo.unknown()));
    }

    private HttpApi.Response renameSelf(Account account, String name) {
        return api.patch("/api/v1/users/me", body("displayName", name), account.token());
    }

    private boolean enabled(Account account) {
        return jdbc.queryForObject(
                "SELECT enabled FROM users WHERE id = ?",
                Boolean.class,
                account.id().value());
    }

    private List<String> roles(Account account) {
        return jdbc.queryForList(
                "SELECT role FROM user_roles WHERE user_id = ? ORDER BY role",
                String.class,
                account.id().value());
    }

    private Timestamp cutOff(Account account) {
        return jdbc.queryForObject(
                "SELECT tokens_valid_after FROM users WHERE id = ?",
                Timestamp.class,
                account.id().value());
    }
}
