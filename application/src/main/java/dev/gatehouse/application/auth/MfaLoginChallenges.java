package dev.gatehouse.application.auth;

import dev.gatehouse.domain.mfa.MfaChallenge;
import dev.gatehouse.domain.mfa.MfaEnrolment;
import dev.gatehouse.domain.mfa.MfaToken;
import dev.gatehouse.domain.port.out.MfaChallengeStore;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.token.LoginResult.SecondFactorRequired;
import dev.gatehouse.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Instant;

/**
 * The password step of a login for an account whose MFA is on: instead of a session, an mfa token
 * for the second step. Only the token's hash is stored ({@link MfaChallengeStore}); the token
 * itself is answered this once. Runs inside the login's unit of work, under the account's lock.
 */
public final class MfaLoginChallenges {
    private final MfaEnrolmentStore enrolments;
    private final MfaChallengeStore challenges;
    private final SecureRandom random = new SecureRandom();

    public MfaLoginChallenges(MfaEnrolmentStore enrolments, MfaChallengeStore challenges) {
        this.enrolments = enrolments;
        this.challenges = challenges;
    }

    /** Whether the account's sign-in takes a second step (a pending setup does not count). */
    public boolean required(UserId account) {
        return enrolments.find(account).filter(MfaEnrolment::enabled).isPresent();
    }

    /** Hands out the second step of the account's login, usable for {@link MfaChallenge#LIFETIME}. */
    public SecondFactorRequired start(UserId account, Instant now) {
        MfaToken token = MfaToken.generate(random);
        challenges.create(token.hash(), account, now.plus(MfaChallenge.LIFETIME), now);
        return new SecondFactorRequired(token, MfaChallenge.LIFETIME);
    }
}
