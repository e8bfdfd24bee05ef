package dev.gatehouse.domain.port.in;

import dev.gatehouse.domain.auth.InvalidRefreshTokenException;
import dev.gatehouse.domain.auth.TokenPair;

/**
 * Spends a refresh token for a new access token and a new refresh token of the same session.
 * Presenting a token that was already spent revokes its whole session.
 */
public interface RefreshTokensUseCase {
    /** @throws InvalidRefreshTokenException for an unknown, expired, revoked or spent token */
    TokenPair refresh(RefreshTokensCommand command);
}
