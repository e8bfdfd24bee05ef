package dev.gatehouse.application.auth;

import dev.gatehouse.domain.port.in.auth.CheckAccessTokenStandingQuery;
import dev.gatehouse.domain.port.in.auth.CheckAccessTokenStandingUseCase;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.TokenCutOff;
import dev.gatehouse.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers "does this access token still speak for its account?" from each account's
 * {@link TokenCutOff} (its cut-off and whether it is enabled), read from the store at most once per
 * {@link #MAX_STALENESS} per account and instance. A password change, a role change, disabling or
 * deleting an account thus reaches every instance within that time plus one request, at the cost
 * of one small query per active account every couple of seconds instead of one per request.
 */
public final class AccessTokenStandingService implements CheckAccessTokenStandingUseCase {
    /** How old an answer may be: well inside the contract's 5 s for revocation to take effect. */
    static final Duration MAX_STALENESS = Duration.ofSeconds(2);

    /** Bounds memory under a flood of distinct subjects; the cache is simply emptied when full. */
    static final int MAX_CACHED_ACCOUNTS = 100_000;

    private final UserRepository users;
    private final Clock clock;
    private final ConcurrentHashMap<UserId, Standing> cache = new ConcurrentHashMap<>();

    /** An absent cut-off means the account does not exist. */
    private record Standing(Optional<TokenCutOff> cutOff, Instant readAt) {}

    public AccessTokenStandingService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public boolean isInGoodStanding(CheckAccessTokenStandingQuery query) {
        UserId subject = query.subject();
        Instant issuedAt = query.issuedAt();
        Instant now = clock.instant();
        Standing standing = cache.get(subject);
        if (standing == null || !now.isBefore(standing.readAt().plus(MAX_STALENESS))) {
            if (cache.size() >= MAX_CACHED_ACCOUNTS) {
                cache.clear();
            }
            standing = new Standing(users.findTokenCutOff(subject), now);
            cache.put(subject, standing);
        }
        return standing.cutOff().map(cutOff -> cutOff.accepts(issuedAt)).orElse(false);
    }
}
