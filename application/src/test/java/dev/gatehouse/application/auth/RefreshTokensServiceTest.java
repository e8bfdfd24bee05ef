package dev.gatehouse.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.Fixtures;
import dev.gatehouse.domain.auth.Authentication;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.auth.LogInCommand;
import dev.gatehouse.domain.port.in.auth.RefreshTokensCommand;
import dev.gatehouse.domain.port.out.AuthenticationMetrics.RefreshOutcome;
import dev.gatehouse.domain.session.InvalidRefreshTokenException;
import dev.gatehouse.domain.session.RefreshToken;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.token.AccessTokenClaims;
import dev.gatehouse.domain.token.TokenPair;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RefreshTokensServiceTest {
    private static final ClientInfo CLIENT = new ClientInfo("203.0.113.7", "app/2");
    private static final Duration LEEWAY = Duration.ofSeconds(2);

    private final Fixtures world = new Fixtures();
    private final RecordingAccessTokenSigner tokenIssuer = world.tokenSigner;
    private LogInService logIn;
    private RefreshTokensService refresh;
    private User ada;

    @BeforeEach
    void setUp() {
        logIn = world.logInService();
        refresh = world.refreshTokensService(LEEWAY);
        ada = world.openAccount(
                new Email("ada@example.com"), new Password("correct horse battery"), null, Set.of(Role.USER));
    }

    private TokenPair logInAsAda() {
        return Fixtures.signedIn(
                logIn.logIn(new LogInCommand("ada@example.com", new Password("correct horse battery"), CLIENT)));
    }

    private TokenPair refreshWith(RefreshToken token) {
        return refresh.refresh(new RefreshTokensCommand(token, CLIENT));
    }

    @Test
    void spendsTheTokenAndIssuesItsSuccessorInTheSameSession() {
        TokenPair login = logInAsAda();
        Session session =
                world.sessions.sessionOfRefreshTokenHash(login.refreshToken().hash());
        world.clock.advance(Duration.ofHours(1));

        TokenPair refreshed = refreshWith(login.refreshToken());

        assertThat(refreshed.refreshToken()).isNotEqualTo(login.refreshToken());
        assertThat(world.sessions
                        .sessionOfRefreshTokenHash(refreshed.refreshToken().hash())
                        .id())
                .isEqualTo(session.id());
        assertThat(world.sessions.findById(session.id()).orElseThrow().lastUsedAt())
                .isEqualTo(world.clock.instant());
        assertThat(refreshed.refreshTokenLifetime()).isEqualTo(Duration.ofDays(14));
        assertThat(tokenIssuer.issued.getLast().claims().sessionId()).isEqualTo(session.id());
        assertThat(tokenIssuer.issued.getLast().claims().issuedAt()).isEqualTo(world.clock.instant());
    }

    @Test
    void keepsHowTheSessionWasSignedInAndWhen() {
        Instant loggedInAt = world.clock.instant();
        TokenPair login = logInAsAda();
        world.clock.advance(Duration.ofHours(3));

        refreshWith(login.refreshToken());

        AccessTokenClaims refreshed = tokenIssuer.issued.getLast().claims();
        assertThat(refreshed.authentication()).isEqualTo(Authentication.byPassword(loggedInAt));
        assertThat(refreshed.issuedAt()).isEqualTo(world.clock.instant());
    }

    @Test
    void slidesTheTokenButNeverPastTheSessionsAbsoluteEnd() {
        TokenPair current = logInAsAda();
        for (int day = 0; day < 25; day += 5) {
            world.clock.advance(Duration.ofDays(5));
            current = refreshWith(current.refreshToken());
        }

        // 25 days in: 14 more days would pass the 30-day session limit, so only 5 remain.
        assertThat(current.refreshTokenLifetime()).isEqualTo(Duration.ofDays(5));
        world.clock.advance(Duration.ofDays(5));
        RefreshToken last = current.refreshToken();
        assertThatThrownBy(() -> refreshWith(last)).isInstanceOf(InvalidRefreshTokenException.class);
    }

    @Test
    void refusesAnExpiredToken() {
        TokenPair login = logInAsAda();
        world.clock.advance(Duration.ofDays(14));

        assertThatThrownBy(() -> refreshWith(login.refreshToken())).isInstanceOf(InvalidRefreshTokenException.class);
    }

    @Test
    void withoutALeewayAReplayAMillisecondLaterRevokesTheSession() {
        RefreshTokensService strict = world.refreshTokensService(Duration.ZERO);
        TokenPair login = logInAsAda();
        TokenPair refreshed = strict.refresh(new RefreshTokensCommand(login.refreshToken(), CLIENT));
        world.clock.advance(Duration.ofMillis(1));

        assertThatThrownBy(() -> strict.refresh(new RefreshTokensCommand(login.refreshToken(), CLIENT)))
                .isInstanceOf(InvalidRefreshTokenException.class);

        assertThatThrownBy(() -> strict.refresh(new RefreshTokensCommand(refreshed.refreshToken(), CLIENT)))
                .isInstanceOf(InvalidRefreshTokenException.class);
        assertThat(world.securityEvents.ofType(SecurityEventType.REFRESH_TOKEN_REUSED))
                .hasSize(1);
    }

    /** The contract allows a deployer at most 10 s; more is refused at start-up. */
    @Test
    void refusesALeewayOfMoreThanTenSecondsOrANegativeOne() {
        for (Duration leeway : List.of(Duration.ofSeconds(10).plusMillis(1), Duration.ofSeconds(-1))) {
            assertThatThrownBy(() -> world.refreshTokensService(leeway))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("between 0 and 10 s");
        }
    }

    @Test
    void refusesAnUnknownToken() {
        assertThatThrownBy(() -> refreshWith(new RefreshToken("made-up")))
                .isInstanceOf(InvalidRefreshTokenException.class);
    }

    @Test
    void aReplayedTokenRevokesTheWholeSessionAndIsRecorded() {
        TokenPair login = logInAsAda();
        TokenPair refreshed = refreshWith(login.refreshToken());
        world.clock.advance(LEEWAY);

        assertThatThrownBy(() -> refreshWith(login.refreshToken())).isInstanceOf(InvalidRefreshTokenException.class);

        assertThatThrownBy(() -> refreshWith(refreshed.refreshToken()))
                .isInstanceOf(InvalidRefreshTokenException.class);
        assertThat(world.metrics.refreshes())
                .containsExactly(RefreshOutcome.SUCCESS, RefreshOutcome.REUSED, RefreshOutcome.INVALID);
        assertThat(world.sessions.findLive(ada.id(), world.clock.instant())).isEmpty();
        assertThat(world.securityEvents.ofType(SecurityEventType.REFRESH_TOKEN_REUSED))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.userId()).isEqualTo(ada.id());
                    assertThat(event.client()).isEqualTo(CLIENT);
                    assertThat(event.details().toString())
                            .doesNotContain(login.refreshToken().value());
                });
    }

    @Test
    void aTwinUseWithinTheLeewayIsRefusedWithoutEndingTheSession() {
        TokenPair login = logInAsAda();
        TokenPair winner = refreshWith(login.refreshToken());
        world.clock.advance(LEEWAY.minusMillis(1));

        assertThatThrownBy(() -> refreshWith(login.refreshToken())).isInstanceOf(InvalidRefreshTokenException.class);

        assertThat(refreshWith(winner.refreshToken()).refreshToken()).isNotNull();
        assertThat(world.securityEvents.ofType(SecurityEventType.REFRESH_TOKEN_REUSED))
                .isEmpty();
    }

    @Test
    void refusesTheTokensOfARevokedSessionOrADisabledAccount() {
        TokenPair revoked = logInAsAda();
        world.sessions.revoke(
                world.sessions
                        .sessionOfRefreshTokenHash(revoked.refreshToken().hash())
                        .id(),
                world.clock.instant());
        assertThatThrownBy(() -> refreshWith(revoked.refreshToken())).isInstanceOf(InvalidRefreshTokenException.class);

        TokenPair live = logInAsAda();
        world.users.update(ada.withEnabled(false, world.clock.instant()));
        assertThatThrownBy(() -> refreshWith(live.refreshToken())).isInstanceOf(InvalidRefreshTokenException.class);
    }

    @Test
    void issuesAccessTokensWithTheAccountsCurrentRoles() {
        TokenPair login = logInAsAda();
        world.clock.advance(Duration.ofSeconds(5));
        world.users.update(ada.withRoles(Set.of(Role.ADMIN), world.clock.instant()));
        world.clock.advance(Duration.ofMillis(200));

        refreshWith(login.refreshToken());

        assertThat(tokenIssuer.issued.getLast().claims().roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
        assertThat(world.users
                        .findById(ada.id())
                        .orElseThrow()
                        .tokenCutOff()
                        .accepts(tokenIssuer.issued.getLast().claims().issuedAt()))
                .isTrue();
    }
}
