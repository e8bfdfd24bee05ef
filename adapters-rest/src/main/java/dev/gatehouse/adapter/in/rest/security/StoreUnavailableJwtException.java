package dev.gatehouse.adapter.in.rest.security;

import dev.gatehouse.adapter.in.rest.common.CauseChain;
import dev.gatehouse.domain.common.StoreUnavailableException;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The token could not be checked because the store behind the key lookup or the standing check
 * cannot be reached: a fault of ours, not of the token. Deliberately a plain {@link JwtException}
 * and not a {@code BadJwtException}: Spring Security's {@code JwtAuthenticationProvider} turns the
 * latter into {@code InvalidBearerTokenException} (401) and this one into
 * {@code AuthenticationServiceException}, which {@link BearerTokenFailureHandler} answers with 503.
 */
final class StoreUnavailableJwtException extends JwtException {

    StoreUnavailableJwtException(StoreUnavailableException cause) {
        super("The access token could not be checked: the store cannot be reached", cause);
    }

    /** The store failure somewhere in this chain of causes, or null. */
    static StoreUnavailableException find(Throwable failure) {
        return CauseChain.find(failure, StoreUnavailableException.class);
    }
}
