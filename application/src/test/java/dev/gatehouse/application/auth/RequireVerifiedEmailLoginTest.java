package dev.gatehouse.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.Fixtures;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.auth.InvalidCredentialsException;
import dev.gatehouse.domain.auth.LoginThrottle;
import dev.gatehouse.domain.email.EmailNotVerifiedException;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.auth.LogInCommand;
import dev.gatehouse.domain.port.out.AuthenticationMetrics.LoginOutcome;
import dev.gatehouse.domain.token.LoginResult;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequireVerifiedEmailLoginTest {
    private static final ClientInfo CLIENT = new ClientInfo("192.0.2.9", "login-test/1");
    private static final String PASSWORD = "correct horse battery";

    private final Fixtures world = new Fixtures();

    private LogInService logIn(boolean requireVerifiedEmail) {
        return new LogInService(
                world.users,
                world.throttling,
                new CredentialCheck(world.hasher),
                world.sessionTokens(),
                world.mfaLoginChallenges,
                world.securityEvents,
                world.unitOfWork,
                world.metrics,
                world.clock,
                requireVerifiedEmail);
    }

    private LoginResult logIn(LogInService service, String email, String password) {
        return service.logIn(new LogInCommand(email, new Password(password), CLIENT));
    }

    @Test
    void theRightPasswordOfAnUnverifiedAccountIsRefusedWithoutTokensNorCountingAFailure() {
        world.openUnverifiedAccount(new Email("bob@example.com"), new Password(PASSWORD));
        LogInService service = logIn(true);
        assertThatThrownBy(() -> logIn(service, "bob@example.com", "wrong guess"))
                .isInstanceOf(InvalidCredentialsException.class);

        assertThatThrownBy(() -> logIn(service, "bob@example.com", PASSWORD))
                .isInstanceOf(EmailNotVerifiedException.class);

        assertThat(world.sessions.findLive(
                        world.users
                                .findByEmail(new Email("bob@example.com"))
                                .orElseThrow()
                                .id(),
                        world.clock.instant()))
                .isEmpty();
        assertThat(world.throttles.find("bob@example.com").map(LoginThrottle::failures))
                .as("neither counted nor cleared")
                .contains(1);
        assertThat(world.securityEvents.ofType(SecurityEventType.LOGIN_FAILED))
                .extracting(event -> event.details().get("reason"))
                .containsExactly("wrong-password", "email-not-verified");
        assertThat(world.securityEvents.ofType(SecurityEventType.LOGIN_SUCCEEDED))
                .isEmpty();
        assertThat(world.metrics.logins()).containsExactly(LoginOutcome.FAILURE, LoginOutcome.FAILURE);
    }

    @Test
    void aWrongPasswordOfAnUnverifiedAccountIsTheUsualInvalidCredentials() {
        world.openUnverifiedAccount(new Email("bob@example.com"), new Password(PASSWORD));

        assertThatThrownBy(() -> logIn(logIn(true), "bob@example.com", "wrong guess"))
                .isInstanceOf(InvalidCredentialsException.class);
    }

    @Test
    void aVerifiedAccountOrADeploymentThatDoesNotRequireItSignsIn() {
        world.openAccount(new Email("ada@example.com"), new Password(PASSWORD), null, Set.of(Role.USER));
        world.openUnverifiedAccount(new Email("bob@example.com"), new Password(PASSWORD));

        assertThat(logIn(logIn(true), "ada@example.com", PASSWORD)).isInstanceOf(LoginResult.SignedIn.class);
        assertThat(logIn(logIn(false), "bob@example.com", PASSWORD)).isInstanceOf(LoginResult.SignedIn.class);
    }
}
