package dev.gatehouse.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.Fixtures;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.auth.InvalidCredentialsException;
import dev.gatehouse.domain.auth.TooManyLoginAttemptsException;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.auth.LogInCommand;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginThrottlingTest {
    private static final ClientInfo CLIENT = new ClientInfo("198.51.100.9", "bot/1");

    private final Fixtures world = new Fixtures();
    private LogInService service;
    private User ada;

    @BeforeEach
    void setUp() {
        service = world.logInService();
        ada = world.openAccount(
                new Email("ada@example.com"), new Password("correct horse battery"), null, Set.of(Role.USER));
    }

    private void logIn(String email, String password) {
        service.logIn(new LogInCommand(email, new Password(password), CLIENT));
    }

    private void failTimes(String email, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> logIn(email, "wrong password")).isInstanceOf(InvalidCredentialsException.class);
        }
    }

    @Test
    void fiveFailuresLockTheAccountForThirtySecondsEvenForTheRightPassword() {
        failTimes("ada@example.com", 5);
        int verifications = world.hasher.verifications();

        assertThatThrownBy(() -> logIn("ada@example.com", "correct horse battery"))
                .isInstanceOf(TooManyLoginAttemptsException.class)
                .satisfies(e -> assertThat(((TooManyLoginAttemptsException) e).retryAfter())
                        .isEqualTo(Duration.ofSeconds(30)));
        assertThat(world.hasher.verifications())
                .as("a locked attempt is not even checked")
                .isEqualTo(verifications);

        world.clock.advance(Duration.ofSeconds(30));
        logIn("ada@example.com", "correct horse battery");
    }

    @Test
    void attemptsDuringALockDoNotCountAndEachFailureAfterItDoublesTheLock() {
        failTimes("ada@example.com", 5);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> logIn("ada@example.com", "wrong password"))
                    .isInstanceOf(TooManyLoginAttemptsException.class);
        }
        world.clock.advance(Duration.ofSeconds(30));

        failTimes("ada@example.com", 1);

        assertThatThrownBy(() -> logIn("ada@example.com", "correct horse battery"))
                .isInstanceOf(TooManyLoginAttemptsException.class)
                .satisfies(e -> assertThat(((TooManyLoginAttemptsException) e).retryAfter())
                        .isEqualTo(Duration.ofSeconds(60)));
    }

    @Test
    void aSuccessResetsTheCount() {
        failTimes("ada@example.com", 4);
        logIn("ada@example.com", "correct horse battery");

        failTimes("ada@example.com", 4);

        logIn("ada@example.com", "correct horse battery");
    }

    /** The check before the password is read-only; only a failure creates a record. */
    @Test
    void aLoginOfANameWithoutARecordStoresNoneUnlessItFails() {
        logIn("ada@example.com", "correct horse battery");
        assertThat(world.throttles.find("ada@example.com")).isEmpty();

        failTimes("ada@example.com", 1);
        assertThat(world.throttles.find("ada@example.com"))
                .hasValueSatisfying(t -> assertThat(t.failures()).isEqualTo(1));
    }

    @Test
    void unknownEmailsAreThrottledExactlyAlike() {
        failTimes("nobody@example.com", 5);

        assertThatThrownBy(() -> logIn("NOBODY@example.com", "anything at all"))
                .isInstanceOf(TooManyLoginAttemptsException.class);
        assertThat(world.securityEvents.ofType(SecurityEventType.LOGIN_THROTTLED))
                .singleElement()
                .satisfies(e -> assertThat(e.userId()).isNull());
    }

    @Test
    void aLoginOfANameWithoutFailuresOpensOnlyTheUnitOfWorkThatEndsIt() {
        int unitsBefore = world.unitOfWork.started();

        logIn("ada@example.com", "correct horse battery");

        assertThat(world.unitOfWork.started())
                .as("the check before the hash only reads")
                .isEqualTo(unitsBefore + 1);
    }

    @Test
    void recordsEachOutcomeWithTheAccountAndTheClient() {
        failTimes("ada@example.com", 1);
        failTimes("nobody@example.com", 1);
        logIn("ada@example.com", "correct horse battery");

        assertThat(world.securityEvents.ofType(SecurityEventType.LOGIN_FAILED))
                .extracting(e -> e.userId(), e -> e.details().get("reason"), e -> e.client())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ada.id(), "wrong-password", CLIENT),
                        org.assertj.core.groups.Tuple.tuple(null, "unknown-account", CLIENT));
        assertThat(world.securityEvents.ofType(SecurityEventType.LOGIN_SUCCEEDED))
                .singleElement()
                .satisfies(e -> assertThat(e.userId()).isEqualTo(ada.id()));
        assertThat(world.securityEvents.events().toString())
                .doesNotContain("wrong password")
                .doesNotContain("correct horse battery");
    }
}
