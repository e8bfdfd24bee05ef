package dev.gatehouse.domain.port.in.mfa;

import dev.gatehouse.domain.mfa.InvalidMfaTokenException;
import dev.gatehouse.domain.mfa.WrongSecondFactorException;
import dev.gatehouse.domain.token.TokenPair;

/** The second step of a login with MFA: the mfa token and a TOTP or recovery code for a new session's tokens. */
public interface CompleteMfaLoginUseCase {
    /**
     * @throws InvalidMfaTokenException for an unknown, expired, spent or exhausted mfa token, or an
     *     account that may no longer sign in with it
     * @throws WrongSecondFactorException for a wrong, used or malformed code (counted against the
     *     token and the account's lockout)
     * @throws dev.gatehouse.domain.auth.TooManyLoginAttemptsException while the account is locked
     */
    TokenPair completeMfaLogin(CompleteMfaLoginCommand command);
}
