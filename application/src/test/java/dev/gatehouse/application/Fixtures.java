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
import dev.gatehouse.application.email.mailing.EmailTokenMails;
import dev.gatehouse.application.email.mailing.MailComposer;
import dev.gatehouse.application.email.mailing.MailLinks;
import dev.gatehouse.application.email.mailing.SecurityNotices;
import dev.gatehouse.application.key.SigningKeyRing;
import dev.gatehouse.application.lockout.CurrentPasswordCheck;
import dev.gatehouse.application.lockout.LoginThrottling;
import dev.gatehouse.application.lockout.SecondFactorCheck;
import dev.gatehouse.application.password.NewPasswords;
import dev.gatehouse.application.user.AccountOpener;
import dev.gatehouse.application.user.GetOwnProfileService;
import dev.gatehouse.application.user.UpdateOwnProfileService;
import dev.gatehouse.domain.auth.Authentication;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.common.PageRequest;
import dev.gatehouse.domain.mail.Mail;
import dev.gatehouse.domain.password.CommonPasswords;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.password.PasswordPolicy;
import dev.gatehouse.domain.port.out.PasswordHasher;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.testing.CountingAuthenticationMetrics;
import dev.gatehouse.domain.testing.FixedClock;
import dev.gatehouse.domain.testing.InMemoryEmailTokenStore;
import dev.gatehouse.domain.testing.InMemoryLoginThrottleStore;
import dev.gatehouse.domain.testing.InMemoryMailOutbox;
import dev.gatehouse.domain.testing.InMemoryMfaChallengeStore;
import dev.gatehouse.domain.testing.InMemoryMfaEnrolmentStore;
import dev.gatehouse.domain.testing.InMemoryPasswordResetRequestQueue;
import dev.gatehouse.domain.testing.InMemorySecurityEventLog;
import dev.gatehouse.domain.testing.InMemorySessionRepository;
import dev.gatehouse.domain.testing.InMemorySigningKeyStore;
import dev.gatehouse.domain.testing.InMemoryUserRepository;
import dev.gatehouse.domain.testing.InMemoryUserViewQueries;
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
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The in-memory world the application services are tested in. */
public class Fixtures {
    /** The lifetimes the services are tested with (the deployed ones are configuration). */
    public static final TokenLifetimes LIFETIMES =
            new TokenLifetimes(Duration.ofMinutes(15), Duration.ofDays(14), Duration.ofDays(30));

    public final FixedClock clock = new FixedClock(Instant.parse("2026-11-27T10:00:00Z"));
    public final InMemoryUserRepository users = new InMemoryUserRepository();
    public final InMemorySessionRepository sessions = new InMemorySessionRepository(users);
    public final InMemorySecurityEventLog securityEvents = new InMemorySecurityEventLog();
    public final InMemoryLoginThrottleStore throttles = new InMemoryLoginThrottleStore(clock);
    public final PlainTextPasswordHasher hasher = new PlainTextPasswordHasher();
    public final PassThroughUnitOfWork unitOfWork = new PassThroughUnitOfWork();
    public final CountingAuthenticationMetrics metrics = new CountingAuthenticationMetrics();
    /** Read once: the bundled list (it has "password123", which tests use as a common password). */
    private static final CommonPasswords COMMON_PASSWORDS = CommonPasswords.bundled();

    public final PasswordPolicy passwordPolicy = new PasswordPolicy(COMMON_PASSWORDS);
    public final NewPasswords newPasswords = new NewPasswords(passwordPolicy, hasher);

    // Mail: tokens and the outbox in memory; tests read the tokens back out of the queued mail's links.
    public static final String PRODUCT_NAME = "Gatehouse Test";
    public static final MailLinks LINKS = new MailLinks(
            "https://app.example/verify#token={token}",
            "https://app.example/reset#token={token}",
            "https://app.example/confirm-email#token={token}");
    private static final Pattern LINKED_TOKEN = Pattern.compile("https://app\\.example/[a-z-]+#token=([A-Za-z0-9_-]+)");

    public final InMemoryEmailTokenStore emailTokens = new InMemoryEmailTokenStore();
    public final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    public final InMemoryPasswordResetRequestQueue resetRequests = new InMemoryPasswordResetRequestQueue();
    public final MailComposer mailComposer = new MailComposer(PRODUCT_NAME, LINKS);
    public final SecurityNotices notices = new SecurityNotices(outbox, mailComposer);
    public final EmailTokenMails tokenMails =
            new EmailTokenMails(emailTokens, outbox, mailComposer, new SecureRandom());

    public final AccountOpener accountOpener = new AccountOpener(users, newPasswords, tokenMails, clock);

    public final LoginThrottling throttling = new LoginThrottling(throttles, securityEvents, unitOfWork, clock);
    public final CurrentPasswordCheck currentPasswordCheck = new CurrentPasswordCheck(throttling, hasher, unitOfWork);
    public final SecondFactorCheck secondFactorCheck = new SecondFactorCheck(throttling, unitOfWork);

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
                clock,
                false);
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
        return new LogOutService(sessions, securityEvents, unitOfWork, clock);
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
        return new GetOwnProfileService(new InMemoryUserViewQueries(users, mfaEnrolments));
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

    /**
     * An account in use, stored as the services would open it, outside any unit of work: its
     * address verified (so no verification mail is queued; see {@link #openUnverifiedAccount}).
     */
    public User openAccount(Email email, Password password, DisplayName displayName, Set<Role> roles) {
        return accountOpener.open(email, accountOpener.hashAllowedPassword(email, password), displayName, roles, true);
    }

    /** A USER account just registered: its address not verified, a verification mail queued to it. */
    public User openUnverifiedAccount(Email email, Password password) {
        return accountOpener.open(
                email, accountOpener.hashAllowedPassword(email, password), null, Set.of(Role.USER), false);
    }

    /** The token whose link {@code mail} carries; fails the test when it carries none. */
    public static String linkedToken(Mail mail) {
        Matcher link = LINKED_TOKEN.matcher(mail.text());
        if (!link.find()) {
            throw new AssertionError("Expected a link with a token in the " + mail.topic() + " mail");
        }
        return link.group(1);
    }

    /** The token of the last mail queued to {@code address}. */
    public String lastLinkedTokenTo(String address) {
        List<Mail> mails = outbox.queuedTo(address);
        if (mails.isEmpty()) {
            throw new AssertionError("No mail queued to " + address);
        }
        return linkedToken(mails.getLast());
    }

    /** How many accounts the store holds, read through the port as any caller would. */
    public long storedAccounts() {
        return users.search(null, null, new PageRequest(0, 1)).totalItems();
    }
}
