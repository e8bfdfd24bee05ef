package dev.gatehouse.application.auth;

import dev.gatehouse.application.lockout.LoginThrottling;
import dev.gatehouse.domain.auth.Authentication;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.auth.InvalidCredentialsException;
import dev.gatehouse.domain.auth.LoginName;
import dev.gatehouse.domain.auth.TooManyLoginAttemptsException;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.password.PasswordHashingBusyException;
import dev.gatehouse.domain.port.in.auth.LogInCommand;
import dev.gatehouse.domain.port.in.auth.LogInUseCase;
import dev.gatehouse.domain.port.out.AuthenticationMetrics;
import dev.gatehouse.domain.port.out.AuthenticationMetrics.LoginOutcome;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.token.TokenPair;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Checks email and password, opens a session and issues its first tokens. The orchestration of
 * its collaborators: the lockout ({@link LoginThrottling}), the password verification
 * ({@link CredentialCheck}), and the session with its tokens ({@link SessionTokens}).
 *
 * <ol>
 *   <li>Read the account and look, read-only, whether the login name is locked.</li>
 *   <li>Verify the password, outside any transaction (bcrypt is slow); hash it again if its stored
 *       hash has another cost than the configured one.</li>
 *   <li>In one unit of work, end the attempt: count a failure, or re-check the account as it is now
 *       and clear the failures, store a rehash, and open the session. A failed login's events commit although the login fails: the outcome is returned
 *       from the unit of work, not thrown.</li>
 *   <li>Count the outcome for the metrics, after the unit of work.</li>
 * </ol>
 */
public final class LogInService implements LogInUseCase {
    private final UserRepository users;
    private final LoginThrottling throttling;
    private final CredentialCheck credentials;
    private final SessionTokens sessionTokens;
    private final SecurityEventLog securityEvents;
    private final UnitOfWork unitOfWork;
    private final AuthenticationMetrics metrics;
    private final Clock clock;

    private sealed interface Outcome {}

    private record LoggedIn(TokenPair tokens) implements Outcome {}

    private record Failed() implements Outcome {}

    private record Throttled(Duration retryAfter) implements Outcome {}

    private record Busy(PasswordHashingBusyException refusal) implements Outcome {}

    public LogInService(
            UserRepository users,
            LoginThrottling throttling,
            CredentialCheck credentials,
            SessionTokens sessionTokens,
            SecurityEventLog securityEvents,
            UnitOfWork unitOfWork,
            AuthenticationMetrics metrics,
            Clock clock) {
        this.users = users;
        this.throttling = throttling;
        this.credentials = credentials;
        this.sessionTokens = sessionTokens;
        this.securityEvents = securityEvents;
        this.unitOfWork = unitOfWork;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public TokenPair logIn(LogInCommand command) {
        Outcome outcome = attempt(command);
        return switch (outcome) {
            case LoggedIn loggedIn -> {
                metrics.loginEnded(LoginOutcome.SUCCESS);
                yield loggedIn.tokens();
            }
            case Failed failed -> {
                metrics.loginEnded(LoginOutcome.FAILURE);
                throw new InvalidCredentialsException();
            }
            case Throttled throttled -> {
                metrics.loginEnded(LoginOutcome.LOCKED);
                throw new TooManyLoginAttemptsException(throttled.retryAfter());
            }
            case Busy busy -> {
                metrics.loginEnded(LoginOutcome.BUSY);
                throw busy.refusal();
            }
        };
    }

    private Outcome attempt(LogInCommand command) {
        LoginName name = LoginName.of(command.email());
        Optional<User> found = Email.parse(command.email()).flatMap(users::findByEmail);
        Optional<Duration> locked = unitOfWork.inTransaction(
                () -> throttling.lockedFor(name, found.map(User::id).orElse(null), command.client()));
        if (locked.isPresent()) {
            return new Throttled(locked.get());
        }
        CheckedCredentials checked;
        try {
            checked = credentials.check(found, command.password());
        } catch (PasswordHashingBusyException busy) {
            // Refused before anything was checked: not a failure of the account's owner, so not counted.
            return new Busy(busy);
        }
        return unitOfWork.inTransaction(() -> conclude(name, checked, command.client()));
    }

    /**
     * Inside the unit of work that ends the attempt. A proved account is read again under its row
     * lock: a password change, disable, demotion or delete that committed while the password was
     * being checked is seen here (the login is judged against the account as it is now, and the
     * token carries its current roles), and one that comes later waits for this session to commit,
     * then revokes it.
     */
    private Outcome conclude(LoginName name, CheckedCredentials checked, ClientInfo client) {
        Optional<User> current = checked.provedAccount().flatMap(users::lockById);
        Optional<String> refusal = checked.refusalReason(current);
        if (refusal.isPresent()) {
            return throttling
                    .recordFailure(name, checked.accountId(), refusal.get(), client)
                    .<Outcome>map(Throttled::new)
                    .orElseGet(Failed::new);
        }
        Optional<Duration> lockedMeanwhile = throttling.clearAfterSuccess(name, checked.accountId(), client);
        if (lockedMeanwhile.isPresent()) {
            return new Throttled(lockedMeanwhile.get());
        }
        User user = current.orElseThrow();
        // Conditional: the row is locked and was just compared, but the store keeps a later hash safe anyway.
        checked.rehashed()
                .ifPresent(newHash -> users.replacePasswordHash(user.id(), checked.checkedAgainst(), newHash));
        Instant now = clock.instant();
        SessionTokens.Opened opened = sessionTokens.open(user, client, Authentication.byPassword(now), now);
        securityEvents.record(SecurityEvent.bySelf(
                SecurityEventType.LOGIN_SUCCEEDED,
                opened.session().createdAt(),
                opened.session().userId(),
                client,
                Map.of("sessionId", opened.session().id().toString())));
        return new LoggedIn(opened.tokens());
    }
}
