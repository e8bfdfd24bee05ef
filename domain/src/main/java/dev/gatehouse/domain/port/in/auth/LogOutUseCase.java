package dev.gatehouse.domain.port.in.auth;

/** Ends the session a refresh token belongs to. Idempotent: an unknown or revoked token is fine. */
public interface LogOutUseCase {
    void logOut(LogOutCommand command);
}
