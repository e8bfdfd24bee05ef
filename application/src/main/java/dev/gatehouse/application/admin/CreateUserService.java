package dev.gatehouse.application.admin;

import dev.gatehouse.application.user.AccountOpener;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.port.in.admin.CreateUserCommand;
import dev.gatehouse.domain.port.in.admin.CreateUserUseCase;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserView;
import java.util.Map;

/**
 * An admin opens an account. The admin may vouch for its address ({@code emailVerified}); otherwise
 * a verification link is mailed to it with the insert.
 */
public final class CreateUserService implements CreateUserUseCase {
    private final AccountOpener accountOpener;
    private final SecurityEventLog securityEvents;
    private final UnitOfWork unitOfWork;

    public CreateUserService(AccountOpener accountOpener, SecurityEventLog securityEvents, UnitOfWork unitOfWork) {
        this.accountOpener = accountOpener;
        this.securityEvents = securityEvents;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public UserView createUser(CreateUserCommand command) {
        PasswordHash passwordHash = accountOpener.hashAllowedPassword(command.email(), command.password());
        return unitOfWork.inTransaction(() -> {
            User user = accountOpener.open(
                    command.email(), passwordHash, command.displayName(), command.roles(), command.emailVerified());
            securityEvents.record(SecurityEvent.byAdmin(
                    SecurityEventType.USER_CREATED,
                    user.createdAt(),
                    user.id(),
                    command.actor(),
                    command.client(),
                    Map.of(
                            "roles",
                            AuditDetails.roles(user.roles()),
                            "emailVerified",
                            String.valueOf(user.emailVerified()))));
            return UserView.ofNewAccount(user);
        });
    }
}
