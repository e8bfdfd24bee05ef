package dev.gatehouse.application.auth;

import static dev.gatehouse.application.Fixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.Fixtures;
import dev.gatehouse.application.key.SigningKeyRing;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.auth.InvalidCredentialsException;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.password.PasswordHashingBusyException;
import dev.gatehouse.domain.port.in.auth.LogInCommand;
import dev.gatehouse.domain.port.out.AuthenticationMetrics.LoginOutcome;
import dev.gatehouse.domain.port.out.PasswordHasher;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.testing.InMemorySessionRepository;
import dev.gatehouse.domain.token.TokenPair;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogInServiceTest {
    private static final ClientInfo CLIENT = new ClientInfo("203.0.113.7", "curl/8");

    private final Fixtures world = new Fixtures();
    private final InMemorySessionRepository sessions = world.sessions;
    private final RecordingAccessTokenSigner tokenIssuer = world.tokenSigner;
    private final SigningKeyRing keyRing = world.keyRing;
    private LogInService service;
    private User ada;

    @BeforeEach
    void setUp() {
        world.hasher.watch(world.unitOfWork);
        service = world.logInService();
        ada = world.openAccount(
                new Email("ada@example.com"), new Password("correct horse battery"), null, Set.of(Role.ADMIN));
    }

    @Test
    void issuesAnAccessTokenAndOpensASessionWithTheRefreshTokenHashOnly() {
        TokenPair tokens = signedIn(
                service.logIn(new LogInCommand(" ADA@example.com", new Password("correct horse battery"), CLIENT)));

        assertThat(tokens.accessTokenLifetime()).isEqualTo(Duration.ofMinutes(15));
        assertThat(tokens.refreshTokenLifetime()).isEqualTo(Duration.ofDays(14));
        assertThat(tokens.refreshToken().value()).hasSizeGreaterThanOrEqualTo(43);

        Session session =
                sessions.sessionOfRefreshTokenHash(tokens.refreshToken().hash());
        assertThat(session).isNotNull();
        assertThat(session.userId()).isEqualTo(ada.id());
        assertThat(session.client()).isEqualTo(CLIENT);
        assertThat(session.expiresAt()).isEqualTo(world.clock.instant().plus(Duration.ofDays(30)));
        assertThat(sessions.storedTokenHashes())
                .containsExactly(tokens.refreshToken().hash())
                .doesNotContain(tokens.refreshToken().value());

        RecordingAccessTokenSigner.Issued issued = tokenIssuer.issued.getFirst();
        assertThat(issued.claims().subject()).isEqualTo(ada.id());
        assertThat(issued.claims().roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
        assertThat(issued.claims().sessionId()).isEqualTo(session.id());
        assertThat(issued.claims().expiresAt()).isEqualTo(world.clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(issued.key()).isEqualTo(keyRing.activeKey());
    }

    @Test
    void countsEachOutcomeOnce() {
        service.logIn(new LogInCommand("ada@example.com", new Password("correct horse battery"), CLIENT));
        assertThatThrownBy(() ->
                        service.logIn(new LogInCommand("ada@example.com", new Password("wrong password!"), CLIENT)))
                .isInstanceOf(InvalidCredentialsException.class);

        assertThat(world.metrics.logins()).containsExactly(LoginOutcome.SUCCESS, LoginOutcome.FAILURE);
    }

    @Test
    void aLoginRefusedForWantOfHashingCapacityChangesNothingAndCountsNoFailure() {
        Duration retryAfter = Duration.ofSeconds(1);
        LogInService busy = world.logInService(new BusyPasswordHasher(world.hasher, retryAfter));

        assertThatThrownBy(
                        () -> busy.logIn(new LogInCommand("ada@example.com", new Password("wrong password!"), CLIENT)))
                .isInstanceOf(PasswordHashingBusyException.class)
                .extracting(e -> ((PasswordHashingBusyException) e).retryAfter())
                .isEqualTo(retryAfter);

        assertThat(world.throttles.find("ada@example.com")).isEmpty();
        assertThat(world.securityEvents.ofType(SecurityEventType.LOGIN_FAILED)).isEmpty();
        assertThat(sessions.sessions()).isEmpty();
        assertThat(world.metrics.logins()).containsExactly(LoginOutcome.BUSY);
    }

    /** Hashes (for the decoy) but has no capacity left to verify. */
    private record BusyPasswordHasher(PasswordHasher hashing, Duration retryAfter) implements PasswordHasher {
        @Override
        public PasswordHash hash(Password password) {
            return hashing.hash(password);
        }

        @Override
        public boolean matches(Password password, PasswordHash hash) {
            throw new PasswordHashingBusyException(retryAfter);
        }

        @Override
        public boolean needsRehash(PasswordHash hash) {
            return hashing.needsRehash(hash);
        }
    }

    /** Verifies as the real one does, then lets a concurrent change of the account commit. */
    private record ChangingMeanwhile(PasswordHasher hashing, Runnable change) implements PasswordHasher {
        @Override
        public PasswordHash hash(Password password) {
            return hashing.hash(password);
        }

        @Override
        public boolean matches(Password password, PasswordHash hash) {
            boolean matches = hashing.matches(password, hash);
            change.run();
            return matches;
        }

        @Override
        public boolean needsRehash(PasswordHash hash) {
            return hashing.needsRehash(hash);
        }
    }

    private LogInService changingMeanwhile(Runnable change) {
        return world.logInService(new ChangingMeanwhile(world.hasher, change));
    }

    @Test
    void opensNoSessionWhenThePasswordChangedWhileItWasBeingChecked() {
        LogInService racing = changingMeanwhile(() -> world.users.update(ada.withPasswordHash(
                world.hasher.hash(new Password("analytical engine 1843")), world.clock.instant())));

        assertThatThrownBy(() -> racing.logIn(
                        new LogInCommand("ada@example.com", new Password("correct horse battery"), CLIENT)))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThat(sessions.sessions()).isEmpty();
        assertThat(tokenIssuer.issued).isEmpty();
        assertThat(world.securityEvents.ofType(SecurityEventType.LOGIN_FAILED))
                .singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("reason", "wrong-password"));
    }

    @Test
    void opensNoSessionWhenTheAccountWasDisabledWhileThePasswordWasBeingChecked() {
        LogInService racing =
                changingMeanwhile(() -> world.users.update(ada.withEnabled(false, world.clock.instant())));

        assertThatThrownBy(() -> racing.logIn(
                        new LogInCommand("ada@example.com", new Password("correct horse battery"), CLIENT)))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThat(sessions.sessions()).isEmpty();
    }

    @Test
    void opensNoSessionWhenTheAccountWasDeletedWhileThePasswordWasBeingChecked() {
        LogInService racing = changingMeanwhile(() -> world.users.delete(ada.id()));

        assertThatThrownBy(() -> racing.logIn(
                        new LogInCommand("ada@example.com", new Password("correct horse battery"), CLIENT)))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThat(sessions.sessions()).isEmpty();
    }

    @Test
    void theTokenCarriesTheRolesTheAccountHasWhenTheSessionOpens() {
        LogInService racing =
                changingMeanwhile(() -> world.users.update(ada.withRoles(Set.of(), world.clock.instant())));

        racing.logIn(new LogInCommand("ada@example.com", new Password("correct horse battery"), CLIENT));

        assertThat(tokenIssuer.issued.getFirst().claims().roles()).containsExactly(Role.USER);
    }

    /**
     * Hashes at the "configured cost" with the prefix {@code plain:}; a hash of the old cost
     * ({@code old-cost:}) verifies too, but needs rehashing.
     */
    private static final class CostChangedHasher implements PasswordHasher {
        private final PasswordHasher current;

        CostChangedHasher(PasswordHasher current) {
            this.current = current;
        }

        @Override
        public PasswordHash hash(Password password) {
            return current.hash(password);
        }

        @Override
        public boolean matches(Password password, PasswordHash hash) {
            return hash.value().startsWith("old-cost:")
                    ? hash.value().equals("old-cost:" + password.value())
                    : current.matches(password, hash);
        }

        @Override
        public boolean needsRehash(PasswordHash hash) {
            return hash.value().startsWith("old-cost:");
        }
    }

    /** Ada's password stored at the old cost, and a login service whose hasher now uses another. */
    private LogInService serviceAfterACostChange() {
        world.users.update(User.restore(
                ada.id(),
                ada.email(),
                null,
                new PasswordHash("old-cost:correct horse battery"),
                ada.roles(),
                true,
                ada.emailVerified(),
                ada.createdAt(),
                ada.updatedAt(),
                ada.tokensValidAfter()));
        return world.logInService(new CostChangedHasher(world.hasher));
    }

    /** After a cost change, old hashes would verify faster than the decoy: a timing oracle. */
    @Test
    void rehashesAStoredHashOfAnotherCostOnSuccessfulLogin() {
        LogInService service = serviceAfterACostChange();

        service.logIn(new LogInCommand("ada@example.com", new Password("correct horse battery"), CLIENT));

        User stored = world.users.findById(ada.id()).orElseThrow();
        assertThat(stored.passwordHash().value()).isEqualTo("plain:correct horse battery");
        assertThat(stored.tokensValidAfter())
                .as("a rehash is no password change")
                .isEqualTo(ada.tokensValidAfter());
        assertThat(world.hasher.callsInsideUnitOfWork()).isZero();
    }

    @Test
    void doesNotRehashWhenTheLoginFails() {
        LogInService service = serviceAfterACostChange();

        assertThatThrownBy(() ->
                        service.logIn(new LogInCommand("ada@example.com", new Password("wrong password!"), CLIENT)))
                .isInstanceOf(InvalidCredentialsException.class);

        assertThat(world.users.findById(ada.id()).orElseThrow().passwordHash().value())
                .isEqualTo("old-cost:correct horse battery");
    }

    @Test
    void eachLoginGetsItsOwnRandomRefreshToken() {
        TokenPair first = signedIn(
                service.logIn(new LogInCommand("ada@example.com", new Password("correct horse battery"), CLIENT)));
        TokenPair second = signedIn(
                service.logIn(new LogInCommand("ada@example.com", new Password("correct horse battery"), CLIENT)));

        assertThat(first.refreshToken()).isNotEqualTo(second.refreshToken());
        assertThat(sessions.sessions()).hasSize(2);
    }

    @Test
    void refusesAWrongPassword() {
        assertRefusedAfterOneVerification(new LogInCommand("ada@example.com", new Password("wrong password!"), CLIENT));
    }

    @Test
    void refusesAnUnknownEmailAfterTheSameWorkAsAWrongPassword() {
        assertRefusedAfterOneVerification(
                new LogInCommand("nobody@example.com", new Password("correct horse battery"), CLIENT));
    }

    @Test
    void refusesSomethingThatIsNotAnEmailTheSameWay() {
        assertRefusedAfterOneVerification(
                new LogInCommand("not an email", new Password("correct horse battery"), CLIENT));
    }

    @Test
    void refusesADisabledAccountEvenWithTheRightPassword() {
        world.users.update(ada.withEnabled(false, world.clock.instant()));

        assertRefusedAfterOneVerification(
                new LogInCommand("ada@example.com", new Password("correct horse battery"), CLIENT));
    }

    @Test
    void datesATokenIssuedJustAfterAPasswordChangeAtTheAccountsCutOff() {
        world.clock.advance(Duration.ofMillis(300));
        User changed =
                ada.withPasswordHash(world.hasher.hash(new Password("correct horse battery")), world.clock.instant());
        world.users.update(changed);
        world.clock.advance(Duration.ofMillis(100));

        service.logIn(new LogInCommand("ada@example.com", new Password("correct horse battery"), CLIENT));

        assertThat(tokenIssuer.issued.getFirst().claims().issuedAt()).isEqualTo(changed.tokensValidAfter());
        assertThat(changed.tokenCutOff()
                        .accepts(tokenIssuer.issued.getFirst().claims().issuedAt()))
                .isTrue();
    }

    private void assertRefusedAfterOneVerification(LogInCommand command) {
        int before = world.hasher.verifications();

        assertThatThrownBy(() -> service.logIn(command))
                .isExactlyInstanceOf(InvalidCredentialsException.class)
                .hasMessage(new InvalidCredentialsException().getMessage());

        assertThat(world.hasher.verifications() - before).isEqualTo(1);
        assertThat(sessions.sessions()).isEmpty();
        assertThat(tokenIssuer.issued).isEmpty();
    }
}
