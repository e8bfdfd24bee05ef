package dev.gatehouse.domain.mfa;

import dev.gatehouse.domain.common.DomainException;

/**
 * The TOTP or recovery code of a login's second step was wrong, already used or not well formed.
 * Unlike {@link InvalidMfaCodeException} (a signed-in caller's enrolment request, which is
 * otherwise fine), this refuses a sign-in: the mfa token stays usable until it has had
 * {@value MfaChallenge#MAX_FAILURES} wrong codes. The message never repeats the code.
 */
public class WrongSecondFactorException extends DomainException {
    public WrongSecondFactorException() {
        super("The MFA code is not valid");
    }
}
