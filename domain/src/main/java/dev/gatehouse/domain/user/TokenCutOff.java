package dev.gatehouse.domain.user;

import java.time.Instant;
import java.util.Objects;

/**
 * What decides whether an access token still speaks for its account: the account is enabled, and
 * the token was issued at or after the account's cut-off (moved on password change, role change
 * and disabling). The one home of this rule: {@link User} and the per-request standing check both
 * ask it.
 *
 * <p>Enabled counts by itself, not only through the cut-off: disabling moves the cut-off to the
 * next second, and a token dated in that second or later (a login that read the account just
 * before the disable) would otherwise pass.
 *
 * @param tokensValidAfter access tokens issued before this instant no longer speak for the account
 * @param accountEnabled   whether the account may act at all
 */
public record TokenCutOff(Instant tokensValidAfter, boolean accountEnabled) {
    public TokenCutOff {
        Objects.requireNonNull(tokensValidAfter, "tokensValidAfter");
    }

    public boolean accepts(Instant issuedAt) {
        return accountEnabled && !issuedAt.isBefore(tokensValidAfter);
    }
}
