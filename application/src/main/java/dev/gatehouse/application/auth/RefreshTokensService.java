package dev.gatehouse.application.auth;

import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.port.in.auth.RefreshTokensCommand;
import dev.gatehouse.domain.port.in.auth.RefreshTokensUseCase;
import dev.gatehouse.domain.port.out.AuthenticationMetrics;
import dev.gatehouse.domain.port.out.AuthenticationMetrics.RefreshOutcome;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.session.InvalidRefreshTokenException;
import dev.gatehouse.domain.session.LockedRefreshToken;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.StoredRefreshToken;
import dev.gatehouse.domain.token.TokenPair;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Rotates a refresh token: spends it and issues its successor in the same session, with a new
 * access token. The decision is made in the store under a lock on the presented token's row, so
 * of two uses of one token exactly one rotates it.
 *
 * <p>A token presented again after it was spent is a replay: someone holds a copy. The whole
 * session is revoked (the thief's and the owner's newest token stop working) and the event is
 * recorded, however soon it comes (the default). A deployer may configure a grace window,
 * {@code reuseLeeway}, of at most {@link #MAX_REUSE_LEEWAY}: a use that began within it of the
 * spending is taken for a client sending the same refresh twice at once and gets a 401 without
 * ending the session. The price: a thief who replays within the window (or refreshes just before
 * the client does) is neither stopped nor recorded. Two uses that truly overlap are decided by the
 * row lock either way: exactly one rotates.
 *
 * <p>Locks are taken in the order an account's delete takes them: the account's row first, then
 * the token and its session (one statement). The delete locks the account and cascades to its
 * sessions and their tokens; a refresh that locked the token first and then needed the session
 * closed a cycle with it (a deadlock, a 500). Now it waits for the delete and finds no account: 401. Refreshes of
 * one account's sessions also wait for each other, for the few milliseconds of a rotation.
 */
public final class RefreshTokensService implements RefreshTokensUseCase {
    /** The longest grace window the contract lets a deployer configure. */
    public static final Duration MAX_REUSE_LEEWAY = Duration.ofSeconds(10);

    private final SessionRepository sessions;
    private final UserRepository users;
    private final SessionTokens sessionTokens;
    private final SecurityEventLog securityEvents;
    private final UnitOfWork unitOfWork;
    private final Duration reuseLeeway;
    private final AuthenticationMetrics metrics;
    private final Clock clock;

    private sealed interface Outcome {}

    private record Rotation(TokenPair tokens) implements Outcome {}

    /** @param replay whether the refusal revoked a session because a spent token came back */
    private record Refusal(boolean replay) implements Outcome {}

    public RefreshTokensService(
            SessionRepository sessions,
            UserRepository users,
            SessionTokens sessionTokens,
            SecurityEventLog securityEvents,
            UnitOfWork unitOfWork,
            Duration reuseLeeway,
            AuthenticationMetrics metrics,
            Clock clock) {
        if (reuseLeeway.isNegative() || reuseLeeway.compareTo(MAX_REUSE_LEEWAY) > 0) {
            throw new IllegalArgumentException("The refresh-token reuse leeway must be between 0 and 10 s "
                    + "(a replay outside it revokes the session), was " + reuseLeeway);
        }
        this.sessions = sessions;
        this.users = users;
        this.sessionTokens = sessionTokens;
        this.securityEvents = securityEvents;
        this.unitOfWork = unitOfWork;
        this.reuseLeeway = reuseLeeway;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public TokenPair refresh(RefreshTokensCommand command) {
        // Taken before waiting for any lock: it dates this use against a concurrent twin's spending.
        Instant now = clock.instant();
        // A refusal still commits (a replay's revocation must stick), so it is returned, not thrown.
        Outcome outcome = unitOfWork.inTransaction(() -> rotate(command, now));
        return switch (outcome) {
            case Refusal refusal -> {
                metrics.refreshEnded(refusal.replay() ? RefreshOutcome.REUSED : RefreshOutcome.INVALID);
                throw new InvalidRefreshTokenException();
            }
            case Rotation rotated -> {
                metrics.refreshEnded(RefreshOutcome.SUCCESS);
                yield rotated.tokens();
            }
        };
    }

    private Outcome rotate(RefreshTokensCommand command, Instant now) {
        String presentedHash = command.refreshToken().hash();
        Optional<User> account =
                sessions.lockAccountOfRefreshToken(presentedHash).flatMap(users::findById);
        if (account.isEmpty()) {
            return new Refusal(false);
        }
        Optional<LockedRefreshToken> presented = sessions.lockRefreshToken(presentedHash)
                .filter(locked -> locked.session().liveAt(now));
        if (presented.isEmpty()) {
            return new Refusal(false);
        }
        StoredRefreshToken token = presented.get().token();
        Session session = presented.get().session();
        if (token.spent()) {
            boolean replay = !now.isBefore(token.spentAt().plus(reuseLeeway));
            if (replay) {
                revokeReplayedSession(session, command, now);
            }
            return new Refusal(replay);
        }
        // Read under the account's lock: the newest roles and standing, which no change can overtake.
        Optional<User> user =
                account.filter(u -> u.id().equals(session.userId())).filter(User::enabled);
        if (token.expiredAt(now) || user.isEmpty()) {
            return new Refusal(false);
        }
        TokenPair tokens = sessionTokens.rotate(session, presentedHash, user.get(), now);
        securityEvents.record(SecurityEvent.bySelf(
                SecurityEventType.TOKEN_REFRESHED,
                now,
                user.get().id(),
                command.client(),
                Map.of("sessionId", session.id().toString())));
        return new Rotation(tokens);
    }

    private void revokeReplayedSession(Session session, RefreshTokensCommand command, Instant now) {
        sessions.revoke(session.id(), now);
        securityEvents.record(SecurityEvent.unattributed(
                SecurityEventType.REFRESH_TOKEN_REUSED,
                now,
                session.userId(),
                command.client(),
                Map.of("sessionId", session.id().toString())));
    }
}
