package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.port.out.UnitOfWork;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A change that ends an account's access tokens (its roles, its email, its password) must also end
 * those that a refresh issued while the change waited for a lock: the contract gives every token
 * issued before the change 5 seconds. The change used to date its cut-off by the clock it read
 * before waiting, so a refresh that committed during the wait, more than a second later, issued a
 * token with the old roles or email that lived its full 15 minutes.
 *
 * <p>Each test holds a row the change needs (in a transaction of the test's own), lets the change
 * start and wait for it, refreshes the account's session a little over a second later, and only
 * then lets the change go on.
 */
class TokenCutOffRacesE2ETest extends MailEndToEndTest {
    /** Past the next whole second: a token's issue time and the cut-off are counted in seconds. */
    private static final Duration PAST_THE_SECOND = Duration.ofMillis(1100);

    private static final Duration CONTRACT_BOUND = Duration.ofSeconds(5);

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private UnitOfWork unitOfWork;

    private HeldChange held;

    @BeforeEach
    void setUp() {
        held = new HeldChange(unitOfWork, jdbc);
    }

    @Test
    void aDemotionEndsTheAdminTokenARefreshIssuedWhileItWaited() throws Exception {
        String admin = adminToken();
        // A demotion locks the enabled admins in id order: holding the lower of two new admins makes
        // it wait before it reaches the higher one, whose session can then still be refreshed.
        // PostgreSQL orders UUIDs by their bytes, as their lower-case text sorts (UUID.compareTo does not:
        // it compares signed numbers).
        List<String> ids =
                Stream.of(newAdmin("first"), newAdmin("second")).sorted().toList();
        String blocker = ids.get(0);
        String target = ids.get(1);
        String targetEmail =
                jdbc.queryForObject("SELECT email FROM users WHERE id = ?", String.class, UUID.fromString(target));
        JsonNode session = logInForTokens(targetEmail, PASSWORD);
        AtomicReference<String> refreshedDuringTheWait = new AtomicReference<>();

        HttpApi.Response demotion = held.racing(
                () -> lockRow("SELECT id FROM users WHERE id = ? FOR UPDATE", UUID.fromString(blocker)),
                () -> api.patch("/api/v1/users/" + target, body("roles", List.of("USER")), admin),
                () -> refreshedDuringTheWait.set(refreshAfterASecond(session)));

        assertThat(demotion.status()).as(demotion.body()).isEqualTo(200);
        assertThat(jwtPart(refreshedDuringTheWait.get(), 1).path("roles").toString())
                .as("the race was exercised: the refresh read the roles before the demotion")
                .contains("ADMIN");
        assertEndsWithinTheContractsBound(refreshedDuringTheWait.get());
    }

    @Test
    void anEmailChangeEndsTheTokenARefreshIssuedWhileItWaited() throws Exception {
        String email = uniqueEmail("mover");
        String newEmail = uniqueEmail("moved");
        String id = register(email);
        JsonNode session = logInForTokens(email, PASSWORD);
        api.put(
                "/api/v1/users/me/email",
                body("newEmail", newEmail, "currentPassword", PASSWORD),
                session.path("access_token").asString());
        String link = awaitMailNumber(newEmail, 1).linkToken();
        AtomicReference<String> refreshedDuringTheWait = new AtomicReference<>();

        HttpApi.Response confirmed = held.racing(
                () -> lockMailedToken(id, "EMAIL_CHANGE"),
                () -> api.post("/api/v1/auth/confirm-email-change", body("token", link), null),
                () -> refreshedDuringTheWait.set(refreshAfterASecond(session)));

        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(jwtPart(refreshedDuringTheWait.get(), 1).path("email").asString())
                .as("the race was exercised: the refresh read the email before the change")
                .isEqualTo(email);
        assertEndsWithinTheContractsBound(refreshedDuringTheWait.get());
    }

    @Test
    void aPasswordResetEndsTheTokenARefreshIssuedWhileItWaited() throws Exception {
        String email = uniqueEmail("forgetful");
        String id = register(email);
        JsonNode session = logInForTokens(email, PASSWORD);
        api.post("/api/v1/auth/password-reset", body("email", email), null);
        String link = awaitMailNumber(email, 2).linkToken();
        AtomicReference<String> refreshedDuringTheWait = new AtomicReference<>();

        HttpApi.Response reset = held.racing(
                () -> lockMailedToken(id, "PASSWORD_RESET"),
                () -> api.post(
                        "/api/v1/auth/password-reset/confirm",
                        body("token", link, "newPassword", "A new passphrase 42"),
                        null),
                () -> refreshedDuringTheWait.set(refreshAfterASecond(session)));

        assertThat(reset.status()).as(reset.body()).isEqualTo(204);
        assertEndsWithinTheContractsBound(refreshedDuringTheWait.get());
    }

    private String newAdmin(String name) {
        HttpApi.Response created = api.post(
                "/api/v1/users",
                body("email", uniqueEmail(name), "password", PASSWORD, "roles", List.of("USER", "ADMIN")),
                adminToken());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private void lockRow(String select, Object... arguments) {
        assertThat(jdbc.queryForList(select, arguments)).as(select).hasSize(1);
    }

    private void lockMailedToken(String userId, String purpose) {
        lockRow(
                "SELECT token_hash FROM email_tokens WHERE user_id = ? AND purpose = ? AND spent_at IS NULL"
                        + " AND superseded_at IS NULL FOR UPDATE",
                UUID.fromString(userId),
                purpose);
    }

    /** The session's new access token, issued more than a second after the change began to wait. */
    private String refreshAfterASecond(JsonNode session) {
        sleep(PAST_THE_SECOND);
        HttpApi.Response refreshed = refresh(session.path("refresh_token").asString());
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        return refreshed.json().path("access_token").asString();
    }

    private void assertEndsWithinTheContractsBound(String accessToken) {
        eventually(
                CONTRACT_BOUND,
                () -> assertThat(api.get("/api/v1/users/me", accessToken).status())
                        .as("an access token issued before the change")
                        .isEqualTo(401));
    }
}
