package dev.gatehouse.domain.port.in.auth;

import java.time.Duration;

/**
 * Whether a validly signed access token still speaks for its account: the account exists, is
 * enabled, and neither its password nor its roles changed since the token was issued. Asked on
 * every authenticated request, so the answer may be a few seconds old (at most
 * {@link #MAX_STALENESS}) but never costs a database round trip per request.
 */
public interface CheckAccessTokenStandingUseCase {
    Duration MAX_STALENESS = Duration.ofSeconds(2);

    boolean isInGoodStanding(CheckAccessTokenStandingQuery query);
}
