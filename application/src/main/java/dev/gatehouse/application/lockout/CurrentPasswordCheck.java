package dev.gatehouse.application.lockout;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.auth.LoginName;
import dev.gatehouse.domain.auth.TooManyLoginAttemptsException;
import dev.gatehouse.domain.password.InvalidCurrentPasswordException;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.out.PasswordHasher;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.user.User;

/**
 * Proves that a signed-in caller knows the account's current password before a sensitive change
 * (the password change; later MFA set-up and switch-off). Without a limit, a stolen access token
 * would be a password oracle: so a wrong current password counts as a failed login of the account
 * (it feeds the same lockout and is recorded as {@code LOGIN_FAILED}, reason
 * {@code wrong-current-password}), and while the account's login name is locked the check is
 * refused unchecked.
 *
 * <p>Called outside any transaction (the verification is slow); it opens its own short units of
 * work for the lockout where there is something to record, each committing its events.
 */
public final class CurrentPasswordCheck {
    static final String WRONG_CURRENT_PASSWORD = "wrong-current-password";

    private final LoginThrottling throttling;
    private final PasswordHasher passwordHasher;
    private final UnitOfWork unitOfWork;

    public CurrentPasswordCheck(LoginThrottling throttling, PasswordHasher passwordHasher, UnitOfWork unitOfWork) {
        this.throttling = throttling;
        this.passwordHasher = passwordHasher;
        this.unitOfWork = unitOfWork;
    }

    /**
     * @throws TooManyLoginAttemptsException  while the account's login name is locked
     * @throws InvalidCurrentPasswordException when {@code typed} is not the account's password
     */
    public void verify(User account, Password typed, ClientInfo client) {
        LoginName name = LoginName.of(account.email());
        LoginThrottling.refuseIfLocked(throttling.lockedBeforeCheck(name, account.id(), client));
        if (passwordHasher.matches(typed, account.passwordHash())) {
            return;
        }
        LoginThrottling.refuseIfLocked(unitOfWork.inTransaction(
                () -> throttling.recordFailure(name, account.id(), WRONG_CURRENT_PASSWORD, client)));
        throw new InvalidCurrentPasswordException();
    }
}
