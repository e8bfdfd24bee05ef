package dev.gatehouse.application.auth;

import dev.gatehouse.application.user.AccountOpener;
import dev.gatehouse.domain.auth.RegistrationDisabledException;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.port.in.auth.RegisterUserCommand;
import dev.gatehouse.domain.port.in.auth.RegisterUserUseCase;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserView;
import java.util.Map;
import java.util.Set;

/**
 * Self-registration: a new account with the USER role only, unless the deployment switched it off.
 * Its address is not verified; a verification link is mailed to it with the insert.
 */
public final class RegisterUserService implements RegisterUserUseCase {
    private final AccountOpener accountOpener;
    private final SecurityEventLog securityEvents;
    private final UnitOfWork unitOfWork;
    private final boolean selfRegistrationEnabled;

    public RegisterUserService(
            AccountOpener accountOpener,
            SecurityEventLog securityEvents,
            UnitOfWork unitOfWork,
            boolean selfRegistrationEnabled) {
        this.accountOpener = accountOpener;
        this.securityEvents = securityEvents;
        this.unitOfWork = unitOfWork;
        this.selfRegistrationEnabled = selfRegistrationEnabled;
    }

    @Override
    public UserView register(RegisterUserCommand command) {
        if (!selfRegistrationEnabled) {
            throw new RegistrationDisabledException();
        }
        PasswordHash passwordHash = accountOpener.hashAllowedPassword(command.email(), command.password());
        return unitOfWork.inTransaction(() -> {
            User user =
                    accountOpener.open(command.email(), passwordHash, command.displayName(), Set.of(Role.USER), false);
            securityEvents.record(SecurityEvent.bySelf(
                    SecurityEventType.USER_REGISTERED, user.createdAt(), user.id(), command.client(), Map.of()));
            return UserView.ofNewAccount(user);
        });
    }
}
