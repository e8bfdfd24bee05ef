package dev.gatehouse.application.admin;

import dev.gatehouse.application.user.AccountOpener;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.admin.EnsureBootstrapAdminCommand;
import dev.gatehouse.domain.port.in.admin.EnsureBootstrapAdminUseCase;
import dev.gatehouse.domain.port.out.BootstrapAdminRecord;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.EmailAlreadyTakenException;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * The deployment's first ADMIN, from configuration, created once in the deployment's life. The
 * creation is recorded ({@link BootstrapAdminRecord}) in the same unit of work, so a bootstrap
 * admin that an operator deleted does not come back with the configured password at the next
 * restart. An account that already has the email is left alone (its password is not reset from
 * configuration on every start), and a concurrent start of another instance that creates it first
 * is not an error. Its address is the operator's own configuration, so it is stored verified and
 * nothing is mailed.
 */
public final class EnsureBootstrapAdminService implements EnsureBootstrapAdminUseCase {
    private final UserRepository users;
    private final BootstrapAdminRecord record;
    private final AccountOpener accountOpener;
    private final SecurityEventLog securityEvents;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public EnsureBootstrapAdminService(
            UserRepository users,
            BootstrapAdminRecord record,
            AccountOpener accountOpener,
            SecurityEventLog securityEvents,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.users = users;
        this.record = record;
        this.accountOpener = accountOpener;
        this.securityEvents = securityEvents;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Outcome ensureBootstrapAdmin(EnsureBootstrapAdminCommand command) {
        Email email = command.email();
        Password password = command.password();
        // Checked before the slow hash, which every later start would otherwise pay for nothing.
        if (record.createdAt().isPresent()) {
            return Outcome.CREATED_BEFORE;
        }
        if (users.findByEmail(email).isPresent()) {
            return Outcome.EMAIL_TAKEN;
        }
        PasswordHash passwordHash = accountOpener.hashAllowedPassword(email, password);
        try {
            return unitOfWork.inTransaction(() -> {
                // First: of two instances starting at once, the second waits here, then stops.
                if (!record.recordCreated(clock.instant())) {
                    return Outcome.CREATED_BEFORE;
                }
                User admin = accountOpener.open(email, passwordHash, null, Set.of(Role.ADMIN), true);
                securityEvents.record(SecurityEvent.unattributed(
                        SecurityEventType.USER_CREATED,
                        admin.createdAt(),
                        admin.id(),
                        ClientInfo.unknown(),
                        Map.of("roles", AuditDetails.roles(admin.roles()), "source", "bootstrap-configuration")));
                return Outcome.CREATED;
            });
        } catch (EmailAlreadyTakenException createdMeanwhile) {
            return Outcome.EMAIL_TAKEN;
        }
    }
}
