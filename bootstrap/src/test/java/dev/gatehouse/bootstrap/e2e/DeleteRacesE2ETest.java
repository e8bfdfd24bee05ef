package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.port.in.DeleteUserUseCase;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.user.UserId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Requests racing the delete of their account: each used to act on the row it had read before the
 * delete and end in a 500. The delete is held open until the racing request provably waits for it.
 */
class DeleteRacesE2ETest extends EndToEndTest {
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private UnitOfWork unitOfWork;
    @Autowired
    private DeleteUserUseCase deleteUser;

    private HeldChange held;
    private UserId root;

    @BeforeEach
    void setUp() {
        held = new HeldChange(unitOfWork, jdbc);
        root = new UserId(UUID.fromString(api.get("/api/v1/users/me", adminToken()).json().path("id").asString()));
    }

    @Test
    void anAdminEditRacingTheDeleteOfItsAccountIsNotFound() throws Exception {
        UserId doomed = new UserId(UUID.fromString(register(uniqueEmail("doomed"))));
        String admin = adminToken();

        HttpApi.Response edit = held.racing(() -> delete(doomed),
                () -> api.patch("/api/v1/users/" + doomed.value(), body("displayName", "Too late"), admin));

        assertProblem(edit, 404, "user-not-found");
    }

    @Test
    void ofTwoRacingDeletesOfOneAccountTheSecondIsNotFound() throws Exception {
        UserId doomed = new UserId(UUID.fromString(register(uniqueEmail("deleted-twice"))));
        String admin = adminToken();

        HttpApi.Response second = held.racing(() -> delete(doomed),
                () -> api.delete("/api/v1/users/" + doomed.value(), admin));

        assertProblem(second, 404, "user-not-found");
    }

    @Test
    void aLoginRacingTheDeleteOfItsAccountIsRefusedAsInvalidCredentials() throws Exception {
        String email = uniqueEmail("leaving");
        UserId doomed = new UserId(UUID.fromString(register(email)));

        HttpApi.Response login = held.racing(() -> delete(doomed),
                () -> api.post("/api/v1/auth/login", body("email", email, "password", PASSWORD), null));

        assertProblem(login, 401, "invalid-credentials");
    }

    private void delete(UserId account) {
        deleteUser.deleteUser(root, account, ClientInfo.unknown());
    }
}
