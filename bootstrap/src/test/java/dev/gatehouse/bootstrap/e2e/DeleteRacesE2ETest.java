package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.port.in.admin.DeleteUserCommand;
import dev.gatehouse.domain.port.in.admin.DeleteUserUseCase;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
        root = adminId();
    }

    @Test
    void anAdminEditRacingTheDeleteOfItsAccountIsNotFound() throws Exception {
        UserId doomed = new UserId(UUID.fromString(register(uniqueEmail("doomed"))));
        String admin = adminToken();

        HttpApi.Response edit = held.racing(
                () -> delete(doomed),
                () -> api.patch("/api/v1/users/" + doomed.value(), body("displayName", "Too late"), admin));

        assertProblem(edit, 404, "user-not-found");
    }

    @Test
    void ofTwoRacingDeletesOfOneAccountTheSecondIsNotFound() throws Exception {
        UserId doomed = new UserId(UUID.fromString(register(uniqueEmail("deleted-twice"))));
        String admin = adminToken();

        HttpApi.Response second =
                held.racing(() -> delete(doomed), () -> api.delete("/api/v1/users/" + doomed.value(), admin));

        assertProblem(second, 404, "user-not-found");
    }

    @Test
    void aLoginRacingTheDeleteOfItsAccountIsRefusedAsInvalidCredentials() throws Exception {
        String email = uniqueEmail("leaving");
        UserId doomed = new UserId(UUID.fromString(register(email)));

        HttpApi.Response login = held.racing(
                () -> delete(doomed),
                () -> api.post("/api/v1/auth/login", body("email", email, "password", PASSWORD), null));

        assertProblem(login, 401, "invalid-credentials");
    }

    @Test
    void aRefreshRacingTheDeleteOfItsAccountIsAnInvalidRefreshToken() throws Exception {
        String email = uniqueEmail("refreshing");
        UserId doomed = new UserId(UUID.fromString(register(email)));
        String current = spendOneRefreshToken(email);

        Race race = racingADeleteHeldAtTheSpentToken(doomed, () -> refresh(current));

        assertThat(race.deleteFailure()).as("the delete").isNull();
        assertProblem(race.response(), 401, "invalid-refresh-token");
    }

    @Test
    void aLogoutRacingTheDeleteOfItsAccountEndsQuietly() throws Exception {
        String email = uniqueEmail("logging-out");
        UserId doomed = new UserId(UUID.fromString(register(email)));
        String current = spendOneRefreshToken(email);

        Race race = racingADeleteHeldAtTheSpentToken(
                doomed, () -> api.post("/api/v1/auth/logout", body("refresh_token", current), null));

        assertThat(race.deleteFailure()).as("the delete").isNull();
        assertThat(race.response().status()).as(race.response().body()).isEqualTo(204);
    }

    /** Logs in and refreshes once: the session then holds a spent token and the current one, returned. */
    private String spendOneRefreshToken(String email) {
        String first = logInForTokens(email, PASSWORD).path("refresh_token").asString();
        HttpApi.Response refreshed = refresh(first);
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        return refreshed.json().path("refresh_token").asString();
    }

    private record Race(Throwable deleteFailure, HttpApi.Response response) {}

    /**
     * The interleaving that deadlocked, made certain: a test transaction holds a share lock on the
     * session's spent token, so the account's delete locks the account and its session and then
     * waits in its cascade to refresh_tokens; the request with the current token starts while it
     * waits and goes as far as it can; once it waits too, the spent token is released and the
     * delete goes on to the current token. A request that locked that token first, and then needs
     * the session the delete holds, closes a cycle (PostgreSQL 40P01, one side aborted).
     */
    private Race racingADeleteHeldAtTheSpentToken(UserId doomed, Supplier<HttpApi.Response> request) throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(3)) {
            try {
                Future<?> holder = threads.submit(() -> unitOfWork.run(() -> {
                    jdbc.queryForList("""
                            SELECT 1 FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id
                            WHERE s.user_id = ? AND t.spent_at IS NOT NULL FOR KEY SHARE OF t""", doomed.value());
                    holding.countDown();
                    awaitUninterruptibly(release);
                }));
                assertThat(holding.await(20, TimeUnit.SECONDS))
                        .as("the spent token is held")
                        .isTrue();
                Future<Throwable> deletion = threads.submit(() -> {
                    try {
                        delete(doomed);
                        return null;
                    } catch (RuntimeException failed) {
                        return failed;
                    }
                });
                awaitSessionsWaitingOnALock(1);
                Future<HttpApi.Response> racing = threads.submit(request::get);
                awaitSessionsWaitingOnALock(2);
                release.countDown();
                holder.get(20, TimeUnit.SECONDS);
                return new Race(deletion.get(20, TimeUnit.SECONDS), racing.get(20, TimeUnit.SECONDS));
            } finally {
                release.countDown();
            }
        }
    }

    private void awaitSessionsWaitingOnALock(int sessions) {
        if (!new LockWaiters(jdbc).awaitAtLeast(sessions, Duration.ofSeconds(20))) {
            throw new AssertionError(
                    "Expected " + sessions + " sessions waiting on a lock: the race was not exercised");
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new AssertionError("The held lock was never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void delete(UserId account) {
        deleteUser.deleteUser(new DeleteUserCommand(root, account, ClientInfo.unknown()));
    }
}
