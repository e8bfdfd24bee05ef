package dev.gatehouse.domain.port.in.auth;

/**
 * Whether a validly signed access token still speaks for its account: the account exists, is
 * enabled, and neither its password nor its roles changed since the token was issued. Asked for
 * every authenticated request; the answer may be a little behind the store (within the contract's
 * bound for revocation to take effect).
 */
public interface CheckAccessTokenStandingUseCase {
    boolean isInGoodStanding(CheckAccessTokenStandingQuery query);
}
