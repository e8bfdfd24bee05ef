package dev.gatehouse.adapter.in.rest.security;

import dev.gatehouse.domain.port.in.auth.CheckAccessTokenStandingQuery;
import dev.gatehouse.domain.port.in.auth.CheckAccessTokenStandingUseCase;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A token that passed every other rule must still speak for its account: the account exists, is
 * enabled, and its password and roles have not changed since the token was issued. Asked on every
 * use of a token, also when {@link VerifiedTokenCache} already knows its signature.
 *
 * <p>Runs only after the token's other rules held ({@link #after}), so that only our own,
 * current, well-formed tokens (a UUID subject, an issue time) are ever asked about.
 */
final class AccessTokenStandingValidator implements OAuth2TokenValidator<Jwt> {
    // The decoder refuses tokens without iat before conversion; this only guards against a change there.
    private static final OAuth2Error NO_ISSUE_TIME =
            new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The access token has no issue time (iat)", null);
    private static final OAuth2Error NOT_IN_GOOD_STANDING =
            new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The access token no longer speaks for its account", null);

    private final CheckAccessTokenStandingUseCase standing;

    private AccessTokenStandingValidator(CheckAccessTokenStandingUseCase standing) {
        this.standing = standing;
    }

    /** {@code rules} first; the standing check only for a token that passed them all. */
    static OAuth2TokenValidator<Jwt> after(OAuth2TokenValidator<Jwt> rules, CheckAccessTokenStandingUseCase standing) {
        AccessTokenStandingValidator standingCheck = new AccessTokenStandingValidator(standing);
        return token -> {
            OAuth2TokenValidatorResult result = rules.validate(token);
            return result.hasErrors() ? result : standingCheck.validate(token);
        };
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        Instant issuedAt = token.getIssuedAt();
        if (issuedAt == null) {
            return OAuth2TokenValidatorResult.failure(NO_ISSUE_TIME);
        }
        UserId subject = Caller.subjectOf(token);
        return standing.isInGoodStanding(new CheckAccessTokenStandingQuery(subject, issuedAt))
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(NOT_IN_GOOD_STANDING);
    }
}
