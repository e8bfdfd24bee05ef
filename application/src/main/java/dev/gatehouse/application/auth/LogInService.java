package dev.gatehouse.application.auth;

import dev.gatehouse.application.lockout.LoginThrottling;
import dev.gatehouse.domain.auth.Authentication;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.auth.InvalidCredentialsException;
import dev.gatehouse.domain.auth.LoginName;
import dev.gatehouse.domain.auth.TooManyLoginAttemptsException;
import dev.gatehouse.domain.email.EmailNotVerifiedException;
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
import dev.gatehouse.domain.token.LoginResult;
import dev.gatehouse.domain.token.LoginResult.SecondFactorRequired;
import dev.gatehouse.domain.token.LoginResult.SignedIn;
import dev.gatehouse.domain.token.TokenPair;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Checks email and password, opens a session and issues its first tokens, or for an account whose
 * MFA is on hands out the second step instead. The orchestration of its collaborators: the lockout
 * ({@link LoginThrottling}), the password verification ({@link CredentialCheck}), the second step
 * ({@link MfaLoginChallenges}) and the session with its tokens ({@link SessionTokens}).
 *
 * <ol>
 *   <li>Read the account and look, read-only and outside any unit of work, whether the login name
 *       is locked.</li>
 *   <li>Verify the password, outside any transaction (bcrypt is slow); hash it again if its stored
 *       hash has another cost than the configured one.</li>
 *   <li>In one unit of work, end the attempt: count a failure, or re-check the account as it is now
 *       and clear the failures, store a rehash, and open the session. A failed login's events commit although the login fails: the outcome is returned
 *       from the unit of work, not thrown. With MFA on, the right password opens no session and
 *       leaves the account's failures as they are: only the second step's success clears them, or
 *       repeating the password between wrong codes would grant unlimited guesses.</li>
 *   <li>Count the outcome for the metrics, after the unit of work.</li>
 * </ol>
 *
 * <p>Where the deployment requires verified addresses, the right password of an account whose
 * address is not verified ends there: no session, no second step, and the account's failures are
 * neither counted (the password was right) nor cleared (only a sign-in clears them). It is
 * recorded as {@code LOGIN_FAILED} with reason {@value #EMAIL_NOT_VERIFIED}, so that an operator
 * sees why the account cannot sign in, and counted as a failure in the metrics.
 */
public final class LogInService implements LogInUseCase {
    static final String EMAIL_NOT_VERIFIED = "email-not-verified";

    private final UserRepository users;
    private final LoginThrottling throttling;
    private final CredentialCheck credentials;
    private final SessionTokens sessionTokens;
    private final MfaLoginChallenges mfaChallenges;
    private final SecurityEventLog securityEvents;
    private final UnitOfWork unitOfWork;
    private final AuthenticationMetrics metrics;
    private final Clock clock;
    private final boolean requireVerifiedEmail;

    private sealed interface Outcome {}

    private record LoggedIn(TokenPair tokens) implements Outcome {}

    private record SecondStep(SecondFactorRequired challenge) implements Outcome {}

    private record Failed() implements Outcome {}

    private record Throttled(Duration retryAfter) implements Outcome {}

    private record Busy(PasswordHashingBusyException refusal) implements Outcome {}

    private record Unverified() implements Outcome {}

    public LogInService(
            UserRepository users,
            LoginThrottling throttling,
            CredentialCheck credentials,
            SessionTokens sessionTokens,
            MfaLoginChallenges mfaChallenges,
            SecurityEventLog securityEvents,
            UnitOfWork unitOfWork,
            AuthenticationMetrics metrics,
            Clock clock,
            boolean requireVerifiedEmail) {
        this.users = users;
        this.throttling = throttling;
        this.credentials = credentials;
        this.sessionTokens = sessionTokens;
        this.mfaChallenges = mfaChallenges;
        this.securityEvents = securityEvents;
        this.unitOfWork = unitOfWork;
        this.metrics = metrics;
        this.clock = clock;
        this.requireVerifiedEmail = requireVerifiedEmail;
    }

    @Override
    public LoginResult logIn(LogInCommand command) {
        Outcome outcome = attempt(command);
        return switch (outcome) {
            case LoggedIn loggedIn -> {
                metrics.loginEnded(LoginOutcome.SUCCESS);
                yield new SignedIn(loggedIn.tokens());
            }
            case SecondStep secondStep -> {
                metrics.loginEnded(LoginOutcome.MFA_REQUIRED);
                yield secondStep.challenge();
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
            case Unverified unverified -> {
                metrics.loginEnded(LoginOutcome.FAILURE);
                throw new EmailNotVerifiedException();
            }
        };
    }

    private Outcome attempt(LogInCommand command) {
        LoginName name = LoginName.of(command.email());
        Optional<User> found = Email.parse(command.email()).flatMap(users::findByEmail);
        Optional<Duration> locked =
                throttling.lockedBeforeCheck(name, found.map(User::id).orElse(null), command.client());
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
        User user = current.orElseThrow();
        if (requireVerifiedEmail && !user.emailVerified()) {
            securityEvents.record(SecurityEvent.unattributed(
                    SecurityEventType.LOGIN_FAILED,
                    clock.instant(),
                    user.id(),
                    client,
                    Map.of("reason", EMAIL_NOT_VERIFIED)));
            return new Unverified();
        }
        boolean secondStepRequired = mfaChallenges.required(user.id());
        // Half a login clears nothing: the failures stay until the second step succeeds.
        Optional<Duration> lockedMeanwhile = secondStepRequired
                ? throttling.lockedFor(name, user.id(), client)
                : throttling.clearAfterSuccess(name, user.id(), client);
        if (lockedMeanwhile.isPresent()) {
            return new Throttled(lockedMeanwhile.get());
        }
        // Conditional: the row is locked and was just compared, but the store keeps a later hash safe anyway.
        checked.rehashed()
                .ifPresent(newHash -> users.replacePasswordHash(user.id(), checked.checkedAgainst(), newHash));
        Instant now = clock.instant();
        if (secondStepRequired) {
            return new SecondStep(mfaChallenges.start(user, now));
        }
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
