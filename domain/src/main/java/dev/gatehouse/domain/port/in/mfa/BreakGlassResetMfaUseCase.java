package dev.gatehouse.domain.port.in.mfa;

import dev.gatehouse.domain.mfa.BreakGlassReset;
import dev.gatehouse.domain.mfa.MfaNotEnabledException;
import dev.gatehouse.domain.user.UserNotFoundException;

/**
 * The operator's way back in when the last admin lost both the authenticator and the recovery
 * codes: switches the account's MFA off like an admin's reset, but with nobody signed in to do it.
 * Run by the {@code reset-mfa} command against the database, never over HTTP.
 */
public interface BreakGlassResetMfaUseCase {
    /**
     * Switches the account's MFA off, ends every session and earlier access token of it, and
     * records {@code MFA_RESET} with no actor.
     *
     * @throws UserNotFoundException when no account has the email
     * @throws MfaNotEnabledException when the account's MFA is off
     */
    BreakGlassReset resetMfa(BreakGlassResetMfaCommand command);
}
