package dev.gatehouse.domain.port.in.auth;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.session.RefreshToken;

/** Ends the session a refresh token belongs to. Idempotent: an unknown or revoked token is fine. */
public interface LogOutUseCase {
    void logOut(RefreshToken refreshToken, ClientInfo client);
}
