package dev.gatehouse.application.auth;

import dev.gatehouse.domain.mfa.MfaChallenge;
import dev.gatehouse.domain.mfa.MfaEnrolment;
import dev.gatehouse.domain.mfa.MfaToken;
import dev.gatehouse.domain.port.out.MfaChallengeStore;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.token.LoginResult.SecondFactorRequired;
import dev.gatehouse.domain.user.User;
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

    /**
     * Hands out the second step of the account's login, usable for {@link MfaChallenge#LIFETIME}.
     * The challenge is dated as an access token issued now would be ({@link User#accessTokenIssueTime}),
     * so that it dies like one with a later change of the account (password, roles, MFA, disabling):
     * the second step asks the account's token cut-off about it.
     */
    public SecondFactorRequired start(User account, Instant now) {
        MfaToken token = MfaToken.generate(random);
        challenges.create(
                token.hash(), account.id(), now.plus(MfaChallenge.LIFETIME), account.accessTokenIssueTime(now));
        return new SecondFactorRequired(token, MfaChallenge.LIFETIME);
    }
}
