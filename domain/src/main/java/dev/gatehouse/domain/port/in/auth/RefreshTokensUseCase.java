package dev.gatehouse.domain.port.in.auth;

import dev.gatehouse.domain.session.InvalidRefreshTokenException;
import dev.gatehouse.domain.token.TokenPair;

/**
 * Spends a refresh token for a new access token and a new refresh token of the same session.
 * Presenting a token that was already spent revokes its whole session.
 */
public interface RefreshTokensUseCase {
    /** @throws InvalidRefreshTokenException for an unknown, expired, revoked or spent token */
    TokenPair refresh(RefreshTokensCommand command);
}
