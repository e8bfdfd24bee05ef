package dev.gatehouse.application.lockout;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.auth.LoginName;
import dev.gatehouse.domain.auth.TooManyLoginAttemptsException;
import dev.gatehouse.domain.mfa.InvalidMfaCodeException;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.user.User;
import java.util.function.Supplier;

/**
 * The lockout around a signed-in caller's second-factor code (a new set of recovery codes, MFA
 * switched off), as {@link CurrentPasswordCheck} is around a current password: without it, a
 * stolen access token could try every TOTP code at leisure. A wrong code counts as a failed login
 * of the account ({@code LOGIN_FAILED}, reason {@code wrong-mfa-code}, as at the login's second
 * step), and while the account's login name is locked the change is refused unchecked.
 *
 * <p>Called outside any transaction: the change runs in its own unit of work, which a wrong code
 * rolls back, and the failure is then counted in a short one of its own.
 */
public final class SecondFactorCheck {
    /** The reason a wrong second-factor code is recorded with, wherever it was typed. */
    public static final String WRONG_MFA_CODE = "wrong-mfa-code";

    private final LoginThrottling throttling;
    private final UnitOfWork unitOfWork;

    public SecondFactorCheck(LoginThrottling throttling, UnitOfWork unitOfWork) {
        this.throttling = throttling;
        this.unitOfWork = unitOfWork;
    }

    /**
     * Runs {@code change}, a unit of work that checks a code of {@code account}'s second factor and
     * acts on it.
     *
     * @throws TooManyLoginAttemptsException while the account's login name is locked, also when a
     *     wrong code has just locked it
     * @throws InvalidMfaCodeException when the code was wrong, once the failure is counted
     */
    public <T> T run(User account, ClientInfo client, Supplier<T> change) {
        LoginName name = LoginName.of(account.email());
        LoginThrottling.refuseIfLocked(throttling.lockedBeforeCheck(name, account.id(), client));
        try {
            return change.get();
        } catch (InvalidMfaCodeException wrong) {
            LoginThrottling.refuseIfLocked(unitOfWork.inTransaction(
                    () -> throttling.recordFailure(name, account.id(), WRONG_MFA_CODE, client)));
            throw wrong;
        }
    }
}
