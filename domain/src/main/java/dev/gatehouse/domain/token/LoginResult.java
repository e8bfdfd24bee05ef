package dev.gatehouse.domain.token;

import dev.gatehouse.domain.mfa.MfaToken;
import java.time.Duration;
import java.util.Objects;

/** How a login with the right password ends: signed in, or one step short of it. */
public sealed interface LoginResult {

    /** The account has no MFA: the session is open and these are its first tokens. */
    record SignedIn(TokenPair tokens) implements LoginResult {
        public SignedIn {
            Objects.requireNonNull(tokens, "tokens");
        }
    }

    /**
     * The account's MFA is on: no session and no token yet. The second step presents
     * {@code mfaToken} with a code within {@code expiresIn}.
     */
    record SecondFactorRequired(MfaToken mfaToken, Duration expiresIn) implements LoginResult {
        public SecondFactorRequired {
            Objects.requireNonNull(mfaToken, "mfaToken");
            Objects.requireNonNull(expiresIn, "expiresIn");
        }
    }
}
