package dev.gatehouse.domain.port.in.auth;

import dev.gatehouse.domain.auth.InvalidCredentialsException;
import dev.gatehouse.domain.token.TokenPair;

/** Exchanges email and password for an access token and a new session's refresh token. */
public interface LogInUseCase {
    /**
     * @throws InvalidCredentialsException alike for unknown email, wrong password and disabled account
     * @throws dev.gatehouse.domain.auth.TooManyLoginAttemptsException while the login name is locked
     */
    TokenPair logIn(LogInCommand command);
}
