package dev.gatehouse.application;

import dev.gatehouse.application.admin.CreateUserService;
import dev.gatehouse.application.admin.DeleteUserService;
import dev.gatehouse.application.admin.GetUserService;
import dev.gatehouse.application.admin.ListUsersService;
import dev.gatehouse.application.admin.UpdateUserService;
import dev.gatehouse.application.auth.AccessTokenMinter;
import dev.gatehouse.application.auth.CredentialCheck;
import dev.gatehouse.application.auth.LogInService;
import dev.gatehouse.application.auth.LogOutService;
import dev.gatehouse.application.auth.MfaLoginChallenges;
import dev.gatehouse.application.auth.RecordingAccessTokenSigner;
import dev.gatehouse.application.auth.RefreshTokensService;
import dev.gatehouse.application.auth.SessionTokens;
import dev.gatehouse.application.key.SigningKeyRing;
import dev.gatehouse.application.lockout.CurrentPasswordCheck;
import dev.gatehouse.application.lockout.LoginThrottling;
import dev.gatehouse.application.user.AccountOpener;
import dev.gatehouse.application.user.GetOwnProfileService;
import dev.gatehouse.application.user.UpdateOwnProfileService;
import dev.gatehouse.domain.auth.Authentication;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.common.PageRequest;
import dev.gatehouse.domain.password.CommonPasswords;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.password.PasswordPolicy;
import dev.gatehouse.domain.port.out.PasswordHasher;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.testing.CountingAuthenticationMetrics;
import dev.gatehouse.domain.testing.FixedClock;
import dev.gatehouse.domain.testing.InMemoryLoginThrottleStore;
import dev.gatehouse.domain.testing.InMemoryMfaChallengeStore;
import dev.gatehouse.domain.testing.InMemoryMfaEnrolmentStore;
import dev.gatehouse.domain.testing.InMemorySecurityEventLog;
import dev.gatehouse.domain.testing.InMemorySessionRepository;
import dev.gatehouse.domain.testing.InMemorySigningKeyStore;
import dev.gatehouse.domain.testing.InMemoryUserRepository;
import dev.gatehouse.domain.testing.InvertingSecretSealer;
import dev.gatehouse.domain.testing.PassThroughUnitOfWork;
import dev.gatehouse.domain.testing.PlainTextPasswordHasher;
import dev.gatehouse.domain.token.ClockSkew;
import dev.gatehouse.domain.token.LoginResult;
import dev.gatehouse.domain.token.TokenLifetimes;
import dev.gatehouse.domain.token.TokenPair;
import dev.gatehouse.domain.user.DisplayName;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** The in-memory world the application services are tested in. */
public class Fixtures {
    /** The lifetimes the services are tested with (the deployed ones are configuration). */
    public static final TokenLifetimes LIFETIMES =
            new TokenLifetimes(Duration.ofMinutes(15), Duration.ofDays(14), Duration.ofDays(30));

    public final FixedClock clock = new FixedClock(Instant.parse("2026-11-27T10:00:00Z"));
    public final InMemoryUserRepository users = new InMemoryUserRepository();
    public final InMemorySessionRepository sessions = new InMemorySessionRepository();
    public final InMemorySecurityEventLog securityEvents = new InMemorySecurityEventLog();
    public final InMemoryLoginThrottleStore throttles = new InMemoryLoginThrottleStore(clock);
    public final PlainTextPasswordHasher hasher = new PlainTextPasswordHasher();
    public final PassThroughUnitOfWork unitOfWork = new PassThroughUnitOfWork();
    public final CountingAuthenticationMetrics metrics = new CountingAuthenticationMetrics();
    /** Read once: the bundled list (it has "password123", which tests use as a common password). */
    private static final CommonPasswords COMMON_PASSWORDS = CommonPasswords.bundled();

    public final PasswordPolicy passwordPolicy = new PasswordPolicy(COMMON_PASSWORDS);
    public final AccountOpener accountOpener = new AccountOpener(users, hasher, passwordPolicy, clock);

    public final LoginThrottling throttling = new LoginThrottling(throttles, securityEvents, clock);
    public final CurrentPasswordCheck currentPasswordCheck = new CurrentPasswordCheck(throttling, hasher, unitOfWork);

    // MFA: enrolments in memory, secrets "sealed" visibly but without protection.
    public final InMemoryMfaEnrolmentStore mfaEnrolments = new InMemoryMfaEnrolmentStore();
    public final InvertingSecretSealer sealer = new InvertingSecretSealer();
    public final InMemoryMfaChallengeStore mfaChallenges = new InMemoryMfaChallengeStore();
    public final MfaLoginChallenges mfaLoginChallenges = new MfaLoginChallenges(mfaEnrolments, mfaChallenges);

    // The token wiring that logins and refreshes share, as bootstrap builds it; tokens are recorded, not signed.
    public final TokenLifetimes lifetimes = LIFETIMES;
    public final InMemorySigningKeyStore signingKeys = new InMemorySigningKeyStore();
    public final SigningKeyRing keyRing = new SigningKeyRing(signingKeys, lifetimes, ClockSkew.CONTRACT, clock);
    public final RecordingAccessTokenSigner tokenSigner = new RecordingAccessTokenSigner();
    public final AccessTokenMinter accessTokens = new AccessTokenMinter(tokenSigner, keyRing, lifetimes);
    private boolean keysLoaded;

    /** A login service with the real collaborators over this world's fakes. */
    public LogInService logInService() {
        return logInService(hasher);
    }

    /** The same, checking passwords with {@code passwordHasher} (one that fails or races on purpose). */
    public LogInService logInService(PasswordHasher passwordHasher) {
        return new LogInService(
                users,
                throttling,
                new CredentialCheck(passwordHasher),
                sessionTokens(),
                mfaLoginChallenges,
                securityEvents,
                unitOfWork,
                metrics,
                clock);
    }

    /** The tokens of a login that signed in: it fails the test when the login asked for a second step. */
    public static TokenPair signedIn(LoginResult result) {
        if (result instanceof LoginResult.SignedIn signedIn) {
            return signedIn.tokens();
        }
        throw new AssertionError("Expected the login to sign in, but it answered " + result);
    }

    /** A refresh service with the real collaborators, accepting a replay within {@code reuseLeeway}. */
    public RefreshTokensService refreshTokensService(Duration reuseLeeway) {
        return new RefreshTokensService(
                sessions, users, sessionTokens(), securityEvents, unitOfWork, reuseLeeway, metrics, clock);
    }

    public LogOutService logOutService() {
        return new LogOutService(sessions, users, securityEvents, unitOfWork, clock);
    }

    /** Loads the key ring on first use: making its key costs an RSA key pair, which only the tests that sign pay. */
    public SessionTokens sessionTokens() {
        if (!keysLoaded) {
            keyRing.load();
            keysLoaded = true;
        }
        return new SessionTokens(sessions, accessTokens, lifetimes);
    }

    public CreateUserService createUserService() {
        return new CreateUserService(accountOpener, securityEvents, unitOfWork);
    }

    public UpdateUserService updateUserService() {
        return new UpdateUserService(users, sessions, mfaEnrolments, securityEvents, unitOfWork, clock);
    }

    public GetUserService getUserService() {
        return new GetUserService(users, mfaEnrolments);
    }

    public ListUsersService listUsersService() {
        return new ListUsersService(users, mfaEnrolments);
    }

    public GetOwnProfileService getOwnProfileService() {
        return new GetOwnProfileService(users, mfaEnrolments);
    }

    public UpdateOwnProfileService updateOwnProfileService() {
        return new UpdateOwnProfileService(users, mfaEnrolments, securityEvents, unitOfWork, clock);
    }

    public DeleteUserService deleteUserService() {
        return new DeleteUserService(users, securityEvents, unitOfWork, clock);
    }

    /** An enabled ADMIN account, root@example.com, to act as. */
    public User openAdmin() {
        return openAccount(
                new Email("root@example.com"), new Password("correct horse battery"), null, Set.of(Role.ADMIN));
    }

    /**
     * A live session of {@code user} opened now from {@code client}, as a login leaves it: 30 days at most,
     * its first refresh token (stored as {@code refreshTokenHash}) good for 14.
     */
    public Session openSession(User user, String refreshTokenHash, ClientInfo client) {
        Instant now = clock.instant();
        Session session = new Session(
                SessionId.newId(),
                user.id(),
                now,
                now,
                now.plus(Duration.ofDays(30)),
                null,
                client,
                Authentication.byPassword(now));
        sessions.open(session, refreshTokenHash, now.plus(Duration.ofDays(14)));
        return session;
    }

    /** An account stored as the services would open it, outside any unit of work. */
    public User openAccount(Email email, Password password, DisplayName displayName, Set<Role> roles) {
        return accountOpener.open(email, accountOpener.hashAllowedPassword(email, password), displayName, roles);
    }

    /** How many accounts the store holds, read through the port as any caller would. */
    public long storedAccounts() {
        return users.search(null, null, new PageRequest(0, 1)).totalItems();
    }
}
