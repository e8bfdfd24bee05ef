package dev.gatehouse.domain.mfa;

import java.util.Objects;

/** What the second step of a login presents, as typed: a TOTP code or a recovery code. Never printed. */
public sealed interface SecondFactor {

    /** A code from the authenticator app. */
    record TotpCode(String typed) implements SecondFactor {
        public TotpCode {
            Objects.requireNonNull(typed, "typed");
        }

        @Override
        public String toString() {
            return "TotpCode[redacted]";
        }
    }

    /** One of the account's recovery codes, in any case, with or without spaces and hyphens. */
    record TypedRecoveryCode(String typed) implements SecondFactor {
        public TypedRecoveryCode {
            Objects.requireNonNull(typed, "typed");
        }

        @Override
        public String toString() {
            return "TypedRecoveryCode[redacted]";
        }
    }
}
