package dev.gatehouse.application.auth;

import dev.gatehouse.application.user.AccountOpener;
import dev.gatehouse.domain.auth.RegistrationDisabledException;
import dev.gatehouse.domain.port.in.RegisterUserCommand;
import dev.gatehouse.domain.port.in.RegisterUserUseCase;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import java.util.Set;

/** Self-registration: a new account with the USER role only, unless the deployment switched it off. */
public final class RegisterUserService implements RegisterUserUseCase {
    private final AccountOpener accountOpener;
    private final UnitOfWork unitOfWork;
    private final boolean selfRegistrationEnabled;

    public RegisterUserService(AccountOpener accountOpener, UnitOfWork unitOfWork, boolean selfRegistrationEnabled) {
        this.accountOpener = accountOpener;
        this.unitOfWork = unitOfWork;
        this.selfRegistrationEnabled = selfRegistrationEnabled;
    }

    @Override
    public User register(RegisterUserCommand command) {
        if (!selfRegistrationEnabled) {
            throw new RegistrationDisabledException();
        }
        accountOpener.checkPassword(command.email(), command.password());
        return unitOfWork.inTransaction(() -> accountOpener.open(
                command.email(), command.password(), command.displayName(), Set.of(Role.USER)));
    }
}
