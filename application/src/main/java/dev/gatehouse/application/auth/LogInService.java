package dev.gatehouse.application.auth;

import dev.gatehouse.domain.auth.AccessToken;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.auth.InvalidCredentialsException;
import dev.gatehouse.domain.auth.LoginThrottle;
import dev.gatehouse.domain.auth.Password;
import dev.gatehouse.domain.auth.PasswordHashingBusyException;
import dev.gatehouse.domain.auth.RefreshToken;
import dev.gatehouse.domain.auth.Session;
import dev.gatehouse.domain.auth.SessionId;
import dev.gatehouse.domain.auth.TokenLifetimes;
import dev.gatehouse.domain.auth.TokenPair;
import dev.gatehouse.domain.auth.TooManyLoginAttemptsException;
import dev.gatehouse.domain.common.UnsafeCharacters;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.port.in.LogInCommand;
import dev.gatehouse.domain.port.in.LogInUseCase;
import dev.gatehouse.domain.port.out.AuthenticationMetrics;
import dev.gatehouse.domain.port.out.AuthenticationMetrics.LoginOutcome;
import dev.gatehouse.domain.port.out.LoginThrottleStore;
import dev.gatehouse.domain.port.out.PasswordHasher;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks email and password, opens a session and issues its first tokens.
 *
 * <ul>
 *   <li>Every refusal costs one password verification and throws the same exception, so neither
 *       the answer nor its timing tells an unknown email from a wrong password or a disabled
 *       account.</li>
 *   <li>Failures are counted per login name — the normalised email as typed, whether or not an
 *       account has it, so throttling does not reveal accounts either — under a lock in the store,
 *       so that concurrent attempts count one by one (see {@link LoginThrottle}).</li>
 *   <li>The slow verification runs outside any transaction; the throttle record is locked only
 *       briefly before and after it.</li>
 *   <li>Every outcome is recorded as a security event; a failed login's event commits although
 *       the login fails.</li>
 * </ul>
 */
public final class LogInService implements LogInUseCase {
    private static final int MAX_LOGIN_NAME = 320;

    private final UserRepository users;
    private final SessionRepository sessions;
    private final LoginThrottleStore throttles;
    private final SecurityEventLog securityEvents;
    private final PasswordHasher passwordHasher;
    private final AccessTokenMinter accessTokens;
    private final UnitOfWork unitOfWork;
    private final TokenLifetimes lifetimes;
    private final AuthenticationMetrics metrics;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final PasswordHash decoyHash;

    private sealed interface Outcome {
    }

    private record LoggedIn(AccessToken accessToken) implements Outcome {
    }

    private record Failed() implements Outcome {
    }

    private record Throttled(Duration retryAfter) implements Outcome {
    }

    public LogInService(UserRepository users, SessionRepository sessions, LoginThrottleStore throttles,
                        SecurityEventLog securityEvents, PasswordHasher passwordHasher, AccessTokenMinter accessTokens,
                        UnitOfWork unitOfWork, TokenLifetimes lifetimes, AuthenticationMetrics metrics,
                        Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.throttles = throttles;
        this.securityEvents = securityEvents;
        this.passwordHasher = passwordHasher;
        this.accessTokens = accessTokens;
        this.unitOfWork = unitOfWork;
        this.lifetimes = lifetimes;
        this.metrics = metrics;
        this.clock = clock;
        // Same hasher, same cost as real hashes: verifying against it takes as long as a real check.
        this.decoyHash = passwordHasher.hash(new Password(RefreshToken.generate(random).value()));
    }

    @Override
    public TokenPair logIn(LogInCommand command) {
        String loginName = loginNameOf(command.email());
        Optional<User> found = Email.parse(command.email()).flatMap(users::findByEmail);
        UserId knownAccount = found.map(User::id).orElse(null);

        Optional<Duration> lockedFor = unitOfWork.inTransaction(() -> lockOf(loginName, knownAccount, command.client()));
        if (lockedFor.isPresent()) {
            metrics.loginEnded(LoginOutcome.LOCKED);
            throw new TooManyLoginAttemptsException(lockedFor.get());
        }

        boolean passwordMatches;
        try {
            passwordMatches = passwordHasher.matches(command.password(), found.map(User::passwordHash).orElse(decoyHash));
        } catch (PasswordHashingBusyException busy) {
            // Refused before anything was checked: not a failure of the account's owner, so not counted.
            metrics.loginEnded(LoginOutcome.BUSY);
            throw busy;
        }
        Optional<User> loggingIn = found.filter(u -> passwordMatches && u.enabled());

        Session session = loggingIn.map(user -> newSession(user, command.client())).orElse(null);
        RefreshToken refreshToken = RefreshToken.generate(random);
        Instant refreshExpiresAt = session == null ? null
                : min(session.createdAt().plus(lifetimes.refreshToken()), session.expiresAt());
        Outcome outcome = unitOfWork.inTransaction(() -> {
            Optional<Duration> lockedMeanwhile = lockOf(loginName, knownAccount, command.client());
            if (lockedMeanwhile.isPresent()) {
                // A concurrent failure locked the name while this password was being checked.
                return new Throttled(lockedMeanwhile.get());
            }
            if (loggingIn.isEmpty()) {
                countFailure(loginName, found, passwordMatches, command.client());
                return new Failed();
            }
            if (users.lockById(session.userId()).isEmpty()) {
                // Deleted while the password was being checked: the session's row could not refer to
                // it (a 500 before). Locked, so a delete that starts now waits for this unit of work
                // and its cascade takes the new session with it.
                countFailure(loginName, Optional.empty(), false, command.client());
                return new Failed();
            }
            throttles.clear(loginName);
            sessions.open(session, refreshToken.hash(), refreshExpiresAt);
            securityEvents.record(new SecurityEvent(SecurityEventType.LOGIN_SUCCEEDED, session.createdAt(),
                    session.userId(), session.userId(), command.client(), Map.of("sessionId", session.id().toString())));
            // Signed inside the unit of work: a session is stored only if its tokens could be issued.
            return new LoggedIn(accessTokens.mint(loggingIn.get(), session.id(), session.createdAt()));
        });
        return switch (outcome) {
            case Throttled throttled -> {
                metrics.loginEnded(LoginOutcome.LOCKED);
                throw new TooManyLoginAttemptsException(throttled.retryAfter());
            }
            case Failed failed -> {
                metrics.loginEnded(LoginOutcome.FAILURE);
                throw new InvalidCredentialsException();
            }
            case LoggedIn loggedIn -> {
                metrics.loginEnded(LoginOutcome.SUCCESS);
                yield new TokenPair(loggedIn.accessToken(), lifetimes.accessToken(), refreshToken,
                        Duration.between(session.createdAt(), refreshExpiresAt));
            }
        };
    }

    private Session newSession(User user, ClientInfo client) {
        Instant now = clock.instant();
        return new Session(SessionId.newId(), user.id(), now, now, now.plus(lifetimes.session()), null, client);
    }

    /** How long the login name is still locked, if it is; a refused attempt is recorded as throttled. */
    private Optional<Duration> lockOf(String loginName, UserId knownAccount, ClientInfo client) {
        Instant now = clock.instant();
        LoginThrottle throttle = throttles.lock(loginName);
        if (!throttle.lockedAt(now)) {
            return Optional.empty();
        }
        Duration retryAfter = throttle.retryAfter(now);
        securityEvents.record(new SecurityEvent(SecurityEventType.LOGIN_THROTTLED, now, knownAccount, null, client,
                Map.of("retryAfterSeconds", String.valueOf(retryAfter.toSeconds()))));
        return Optional.of(retryAfter);
    }

    /** Called with the record already locked by {@link #lockOf} in the same unit of work. */
    private void countFailure(String loginName, Optional<User> found, boolean passwordMatches, ClientInfo client) {
        Instant now = clock.instant();
        throttles.save(throttles.lock(loginName).afterFailure(now));
        String reason = found.isEmpty() ? "unknown-account" : passwordMatches ? "account-disabled" : "wrong-password";
        securityEvents.record(new SecurityEvent(SecurityEventType.LOGIN_FAILED, now, found.map(User::id).orElse(null),
                null, client, Map.of("reason", reason)));
    }

    /**
     * The name failures are counted under: the email as the account would store it, or the text as
     * typed. Text that is no email counts too (every refusal looks alike, throttling included), with
     * each {@linkplain UnsafeCharacters unsafe character} (NUL, which PostgreSQL cannot store, other
     * controls, lone surrogates) replaced by U+FFFD, which no email holds: such a name never
     * reaches the store as typed and can never share a throttle with an account.
     */
    static String loginNameOf(String typed) {
        String name = Email.parse(typed).map(Email::value).orElseGet(() -> typed.strip().toLowerCase(Locale.ROOT));
        return UnsafeCharacters.replaced(name.length() <= MAX_LOGIN_NAME ? name : name.substring(0, MAX_LOGIN_NAME));
    }

    static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
