package dev.gatehouse.application.admin;

import dev.gatehouse.application.user.AccountOpener;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.auth.Password;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.port.in.EnsureBootstrapAdminUseCase;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.EmailAlreadyTakenException;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import java.util.Map;
import java.util.Set;

/**
 * The deployment's first ADMIN, from configuration. An account that already has the email is left
 * alone (its password is not reset from configuration on every start), and a concurrent start of
 * another instance that creates it first is not an error.
 */
public final class EnsureBootstrapAdminService implements EnsureBootstrapAdminUseCase {
    private final UserRepository users;
    private final AccountOpener accountOpener;
    private final SecurityEventLog securityEvents;
    private final UnitOfWork unitOfWork;

    public EnsureBootstrapAdminService(UserRepository users, AccountOpener accountOpener,
                                       SecurityEventLog securityEvents, UnitOfWork unitOfWork) {
        this.users = users;
        this.accountOpener = accountOpener;
        this.securityEvents = securityEvents;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public boolean ensureBootstrapAdmin(Email email, Password password) {
        if (users.findByEmail(email).isPresent()) {
            return false;
        }
        PasswordHash passwordHash = accountOpener.hashAllowedPassword(email, password);
        try {
            unitOfWork.run(() -> {
                User admin = accountOpener.open(email, passwordHash, null, Set.of(Role.ADMIN));
                securityEvents.record(new SecurityEvent(SecurityEventType.USER_CREATED, admin.createdAt(), admin.id(),
                        null, ClientInfo.unknown(), Map.of("roles", AuditDetails.roles(admin.roles()),
                        "source", "bootstrap-configuration")));
            });
            return true;
        } catch (EmailAlreadyTakenException createdMeanwhile) {
            return false;
        }
    }
}
