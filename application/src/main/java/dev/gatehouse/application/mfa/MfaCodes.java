package dev.gatehouse.application.mfa;

import dev.gatehouse.domain.mfa.InvalidMfaCodeException;
import dev.gatehouse.domain.mfa.MfaEnrolment;
import dev.gatehouse.domain.mfa.MfaNotEnabledException;
import dev.gatehouse.domain.mfa.RecoveryCode;
import dev.gatehouse.domain.mfa.RecoveryCodeHash;
import dev.gatehouse.domain.mfa.Totp;
import dev.gatehouse.domain.mfa.TotpSecret;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.SecretSealer;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Checks the codes an account's MFA is proven with, and spends them: a TOTP code's time step is
 * accepted once (replay protection, {@link MfaEnrolmentStore#acceptStep}), a recovery code is used
 * up. Every refusal is the one {@link InvalidMfaCodeException}, whether the code was wrong, spent or
 * malformed. Called inside the unit of work that has locked the account.
 */
final class MfaCodes {
    /** How a code proved the account's MFA, as the audit details name it. */
    enum Method {
        TOTP("totp"),
        RECOVERY_CODE("recovery_code");

        final String auditName;

        Method(String auditName) {
            this.auditName = auditName;
        }
    }

    private final MfaEnrolmentStore enrolments;
    private final SecretSealer sealer;
    private final Totp totp = new Totp();

    MfaCodes(MfaEnrolmentStore enrolments, SecretSealer sealer) {
        this.enrolments = enrolments;
        this.sealer = sealer;
    }

    /** The account's enrolment, only while MFA is on. */
    MfaEnrolment enabledOf(UserId userId) {
        return enrolments.find(userId).filter(MfaEnrolment::enabled).orElseThrow(MfaNotEnabledException::new);
    }

    /** The time step whose code {@code code} is, now, for the enrolment's secret; nothing is spent. */
    long matchingStep(MfaEnrolment enrolment, String code, Instant now) {
        byte[] plaintext = sealer.unseal(enrolment.secret());
        try {
            long step =
                    totp.matchingStep(TotpSecret.of(plaintext), code, now).orElseThrow(InvalidMfaCodeException::new);
            resealIfDue(enrolment, plaintext);
            return step;
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /**
     * Stores an enabled enrolment's secret sealed anew when it was sealed otherwise than the sealer
     * seals now (under a previous key, or before encryption was on): so secrets move to the current
     * key as they are used. Not a pending one, whose confirmation compares the stored secret with
     * the one its code was checked against. Only once a code matched; should it then be refused as
     * spent, its unit of work rolls the new seal back (harmless either way: the same secret).
     */
    private void resealIfDue(MfaEnrolment enrolment, byte[] plaintext) {
        if (enrolment.enabled() && sealer.needsReseal(enrolment.secret())) {
            enrolments.replaceSecret(enrolment.userId(), enrolment.secret(), sealer.seal(plaintext));
        }
    }

    /** Accepts {@code code} as a TOTP code of the enabled enrolment, once. */
    void acceptTotp(MfaEnrolment enabled, String code, Instant now) {
        if (!enrolments.acceptStep(enabled.userId(), matchingStep(enabled, code, now))) {
            throw new InvalidMfaCodeException();
        }
    }

    /** Accepts {@code code} as a TOTP code, or else as one of the account's recovery codes, once. */
    Method acceptTotpOrRecoveryCode(MfaEnrolment enabled, String code, Instant now) {
        Optional<RecoveryCode> recoveryCode = RecoveryCode.parse(code);
        if (recoveryCode.isEmpty()) {
            acceptTotp(enabled, code, now);
            return Method.TOTP;
        }
        acceptRecoveryCode(enabled, recoveryCode.get(), now);
        return Method.RECOVERY_CODE;
    }

    /** Spends {@code typed} as one of the enabled enrolment's recovery codes. */
    void acceptRecoveryCode(MfaEnrolment enabled, String typed, Instant now) {
        acceptRecoveryCode(enabled, RecoveryCode.parse(typed).orElseThrow(InvalidMfaCodeException::new), now);
    }

    private void acceptRecoveryCode(MfaEnrolment enabled, RecoveryCode code, Instant now) {
        if (!enrolments.useRecoveryCode(enabled.userId(), RecoveryCodeHash.of(code), now)) {
            throw new InvalidMfaCodeException();
        }
    }
}
