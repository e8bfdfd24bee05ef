package dev.gatehouse.domain.auth;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How and when the holder of a session proved who they are, at its login: what its access tokens
 * state in {@code amr}, {@code acr} and {@code auth_time}. A refresh keeps it; only a new
 * interactive login makes a new one.
 *
 * @param methods the methods used, in the order RFC 8176 lists them for us ({@code pwd} first)
 * @param time    when the login completed (its last step)
 */
public record Authentication(List<AuthenticationMethod> methods, Instant time) {
    public Authentication {
        methods = List.copyOf(methods);
        Objects.requireNonNull(time, "time");
        if (!methods.contains(AuthenticationMethod.PASSWORD)) {
            throw new IllegalArgumentException("Every sign-in starts with the password: " + methods);
        }
        if (methods.size() != methods.stream().distinct().count()) {
            throw new IllegalArgumentException("A method is named once: " + methods);
        }
    }

    /** A password-only login. */
    public static Authentication byPassword(Instant time) {
        return new Authentication(List.of(AuthenticationMethod.PASSWORD), time);
    }

    /** A login whose second step was a TOTP code. */
    public static Authentication byPasswordAndTotp(Instant time) {
        return new Authentication(
                List.of(
                        AuthenticationMethod.PASSWORD,
                        AuthenticationMethod.ONE_TIME_PASSWORD,
                        AuthenticationMethod.MULTIPLE_FACTORS),
                time);
    }

    /** A login whose second step was a recovery code (RFC 8176 has no name for one: just {@code mfa}). */
    public static Authentication byPasswordAndRecoveryCode(Instant time) {
        return new Authentication(List.of(AuthenticationMethod.PASSWORD, AuthenticationMethod.MULTIPLE_FACTORS), time);
    }

    /** {@link AssuranceLevel#AAL2} exactly when a second factor was used. */
    public AssuranceLevel assuranceLevel() {
        return methods.contains(AuthenticationMethod.MULTIPLE_FACTORS) ? AssuranceLevel.AAL2 : AssuranceLevel.AAL1;
    }

    /** The {@code amr} values, in order. */
    public List<String> methodValues() {
        return methods.stream().map(AuthenticationMethod::value).toList();
    }
}
