package dev.gatehouse.domain.port.in.auth;

import dev.gatehouse.domain.auth.InvalidCredentialsException;
import dev.gatehouse.domain.token.LoginResult;

/**
 * Exchanges email and password for an access token and a new session's refresh token, or, for an
 * account whose MFA is on, for the mfa token of the second step.
 */
public interface LogInUseCase {
    /**
     * @throws InvalidCredentialsException alike for unknown email, wrong password and disabled account
     * @throws dev.gatehouse.domain.auth.TooManyLoginAttemptsException while the login name is locked
     */
    LoginResult logIn(LogInCommand command);
}
