package dev.gatehouse.application.mfa;

import dev.gatehouse.application.auth.SessionTokens;
import dev.gatehouse.application.lockout.LoginThrottling;
import dev.gatehouse.application.lockout.SecondFactorCheck;
import dev.gatehouse.domain.auth.Authentication;
import dev.gatehouse.domain.auth.LoginName;
import dev.gatehouse.domain.auth.TooManyLoginAttemptsException;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.mfa.InvalidMfaCodeException;
import dev.gatehouse.domain.mfa.InvalidMfaTokenException;
import dev.gatehouse.domain.mfa.MfaChallenge;
import dev.gatehouse.domain.mfa.MfaEnrolment;
import dev.gatehouse.domain.mfa.SecondFactor;
import dev.gatehouse.domain.mfa.WrongSecondFactorException;
import dev.gatehouse.domain.port.in.mfa.CompleteMfaLoginCommand;
import dev.gatehouse.domain.port.in.mfa.CompleteMfaLoginUseCase;
import dev.gatehouse.domain.port.out.AuthenticationMetrics;
import dev.gatehouse.domain.port.out.AuthenticationMetrics.LoginOutcome;
import dev.gatehouse.domain.port.out.MfaChallengeStore;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.SecretSealer;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.token.TokenPair;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The second step of a login with MFA: the mfa token of the password step and a TOTP code (accepted
 * once, replay-protected, see {@link MfaCodes}) or a recovery code (used up) open the session,
 * whose tokens say {@code aal2}. Lives with the other MFA use cases because it proves a code
 * exactly as they do.
 *
 * <ul>
 *   <li>The token is checked first: unknown, expired, spent or exhausted is the one
 *       {@link InvalidMfaTokenException}. So is an account that was deleted, disabled or had its
 *       MFA switched off since the password step, or whose earlier access tokens were cut off
 *       since (a password or role change): the challenge is spent.</li>
 *   <li>While the account is locked, every attempt is refused (429), and not counted.</li>
 *   <li>A wrong code counts against the token (dead after {@value MfaChallenge#MAX_FAILURES}) and
 *       as a failed login for the account's lockout; that count commits although the request
 *       fails (the outcome is returned from the unit of work, thrown after it).</li>
 *   <li>A right code spends the token and clears the account's failures: the login is complete.</li>
 * </ul>
 *
 * <p>Locks are taken in the order an account's delete takes them, as in a refresh: the challenge
 * is read without a lock, then the account's row is locked, then the challenge's row. Two requests
 * with one token are checked one after the other; the second finds the token spent (or one failure
 * further).
 */
public final class CompleteMfaLoginService implements CompleteMfaLoginUseCase {
    private final UserRepository users;
    private final MfaEnrolmentStore enrolments;
    private final MfaChallengeStore challenges;
    private final MfaCodes codes;
    private final LoginThrottling throttling;
    private final SessionTokens sessionTokens;
    private final SecurityEventLog securityEvents;
    private final UnitOfWork unitOfWork;
    private final AuthenticationMetrics metrics;
    private final Clock clock;

    private sealed interface Outcome {}

    private record SignedIn(TokenPair tokens) implements Outcome {}

    private record InvalidToken() implements Outcome {}

    private record WrongCode() implements Outcome {}

    private record Throttled(Duration retryAfter) implements Outcome {}

    public CompleteMfaLoginService(
            UserRepository users,
            MfaEnrolmentStore enrolments,
            MfaChallengeStore challenges,
            SecretSealer sealer,
            LoginThrottling throttling,
            SessionTokens sessionTokens,
            SecurityEventLog securityEvents,
            UnitOfWork unitOfWork,
            AuthenticationMetrics metrics,
            Clock clock) {
        this.users = users;
        this.enrolments = enrolments;
        this.challenges = challenges;
        this.codes = new MfaCodes(enrolments, sealer);
        this.throttling = throttling;
        this.sessionTokens = sessionTokens;
        this.securityEvents = securityEvents;
        this.unitOfWork = unitOfWork;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public TokenPair completeMfaLogin(CompleteMfaLoginCommand command) {
        Outcome outcome;
        try {
            outcome = attempt(command);
        } catch (InvalidMfaTokenException lostRace) {
            // Another request with this token won while this one was being decided: nothing committed.
            outcome = new InvalidToken();
        } catch (TooManyLoginAttemptsException lockedMeanwhile) {
            outcome = new Throttled(lockedMeanwhile.retryAfter());
        }
        return switch (outcome) {
            case SignedIn signedIn -> {
                metrics.loginEnded(LoginOutcome.SUCCESS);
                yield signedIn.tokens();
            }
            case InvalidToken invalid -> {
                metrics.loginEnded(LoginOutcome.FAILURE);
                throw new InvalidMfaTokenException();
            }
            case WrongCode wrong -> {
                metrics.loginEnded(LoginOutcome.FAILURE);
                throw new WrongSecondFactorException();
            }
            case Throttled throttled -> {
                metrics.loginEnded(LoginOutcome.LOCKED);
                throw new TooManyLoginAttemptsException(throttled.retryAfter());
            }
        };
    }

    private Outcome attempt(CompleteMfaLoginCommand command) {
        String tokenHash = command.mfaToken().hash();
        // Outside a unit of work this only reads: which account to lock first.
        Optional<MfaChallenge> seen = challenges.lockUsable(tokenHash, clock.instant());
        if (seen.isEmpty()) {
            return new InvalidToken();
        }
        return unitOfWork.inTransaction(() -> decide(command, tokenHash, seen.get()));
    }

    private Outcome decide(CompleteMfaLoginCommand command, String tokenHash, MfaChallenge seen) {
        Optional<User> account = users.lockById(seen.userId());
        Instant now = clock.instant();
        Optional<MfaChallenge> challenge = challenges.lockUsable(tokenHash, now);
        if (challenge.isEmpty()) {
            return new InvalidToken();
        }
        Optional<MfaEnrolment> enabled = account.filter(User::enabled)
                .filter(user -> user.tokenCutOff().accepts(challenge.get().createdAt()))
                .flatMap(user -> enrolments.find(user.id()))
                .filter(MfaEnrolment::enabled);
        if (enabled.isEmpty()) {
            // The account may no longer sign in this way, or changed since the password step (a new
            // password, other roles, MFA switched): the token is of no further use.
            challenges.spend(tokenHash, now);
            return new InvalidToken();
        }
        User user = account.get();
        LoginName name = LoginName.of(user.email());
        Optional<Duration> locked = throttling.lockedFor(name, user.id(), command.client());
        if (locked.isPresent()) {
            return new Throttled(locked.get());
        }
        MfaCodes.Method method;
        try {
            method = accept(enabled.get(), command.secondFactor(), now);
        } catch (InvalidMfaCodeException wrong) {
            return countWrongCode(command, tokenHash, user, name, now);
        }
        // Under the challenge's row lock it is still usable; refused all the same, should a caller not lock.
        if (!challenges.spend(tokenHash, now)) {
            throw new InvalidMfaTokenException();
        }
        Optional<Duration> lockedMeanwhile = throttling.clearAfterSuccess(name, user.id(), command.client());
        if (lockedMeanwhile.isPresent()) {
            // Rolls the accepted code and the spent token back with the rest: the user may try again.
            throw new TooManyLoginAttemptsException(lockedMeanwhile.get());
        }
        return new SignedIn(openSession(user, method, command, now));
    }

    private MfaCodes.Method accept(MfaEnrolment enabled, SecondFactor factor, Instant now) {
        return switch (factor) {
            case SecondFactor.TotpCode totp -> {
                codes.acceptTotp(enabled, totp.typed(), now);
                yield MfaCodes.Method.TOTP;
            }
            case SecondFactor.TypedRecoveryCode recovery -> {
                codes.acceptRecoveryCode(enabled, recovery.typed(), now);
                yield MfaCodes.Method.RECOVERY_CODE;
            }
        };
    }

    private Outcome countWrongCode(
            CompleteMfaLoginCommand command, String tokenHash, User user, LoginName name, Instant now) {
        int failures = challenges.countFailure(tokenHash);
        securityEvents.record(SecurityEvent.unattributed(
                SecurityEventType.MFA_CHALLENGE_FAILED,
                now,
                user.id(),
                command.client(),
                Map.of("failures", String.valueOf(failures))));
        return throttling
                .recordFailure(name, user.id(), SecondFactorCheck.WRONG_MFA_CODE, command.client())
                .<Outcome>map(Throttled::new)
                .orElseGet(WrongCode::new);
    }

    private TokenPair openSession(User user, MfaCodes.Method method, CompleteMfaLoginCommand command, Instant now) {
        Authentication authentication = method == MfaCodes.Method.TOTP
                ? Authentication.byPasswordAndTotp(now)
                : Authentication.byPasswordAndRecoveryCode(now);
        SessionTokens.Opened opened = sessionTokens.open(user, command.client(), authentication, now);
        securityEvents.record(SecurityEvent.bySelf(
                SecurityEventType.LOGIN_SUCCEEDED,
                now,
                user.id(),
                command.client(),
                Map.of("sessionId", opened.session().id().toString(), "method", method.auditName)));
        if (method == MfaCodes.Method.RECOVERY_CODE) {
            securityEvents.record(SecurityEvent.bySelf(
                    SecurityEventType.RECOVERY_CODE_USED,
                    now,
                    user.id(),
                    command.client(),
                    Map.of("remaining", String.valueOf(enrolments.remainingRecoveryCodes(user.id())))));
        }
        return opened.tokens();
    }
}
