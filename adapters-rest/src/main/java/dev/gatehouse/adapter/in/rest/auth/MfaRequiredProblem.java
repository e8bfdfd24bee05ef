package dev.gatehouse.adapter.in.rest.auth;

import dev.gatehouse.adapter.in.rest.problem.ProblemType;
import dev.gatehouse.domain.token.LoginResult.SecondFactorRequired;
import java.util.List;

/**
 * The {@code mfa-required} problem: the RFC 9457 members and the extension members the second step
 * needs. The mfa token is in the body because the contract hands it to the client here; it is
 * never printed.
 *
 * @param expiresIn seconds the mfa token may be used for
 * @param methods   what the second step accepts, as the contract names them
 */
record MfaRequiredProblem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String mfaToken,
        long expiresIn,
        List<String> methods) {
    private static final List<String> METHODS = List.of("totp", "recovery_code");

    static MfaRequiredProblem of(SecondFactorRequired required, String instance) {
        ProblemType type = ProblemType.MFA_REQUIRED;
        return new MfaRequiredProblem(
                type.uri().toString(),
                type.title(),
                type.status(),
                type.genericDetail(),
                instance,
                required.mfaToken().value(),
                required.expiresIn().toSeconds(),
                METHODS);
    }

    @Override
    public String toString() {
        return "MfaRequiredProblem[mfaToken=redacted, expiresIn=" + expiresIn + "]";
    }
}
