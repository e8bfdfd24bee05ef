package dev.gatehouse.application.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.Fixtures;
import dev.gatehouse.application.audit.ListAuditEventsService;
import dev.gatehouse.application.audit.PurgeExpiredAuditEventsService;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.common.PageRequest;
import dev.gatehouse.domain.common.Update;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.admin.CreateUserCommand;
import dev.gatehouse.domain.port.in.admin.DeleteUserCommand;
import dev.gatehouse.domain.port.in.admin.UpdateUserCommand;
import dev.gatehouse.domain.port.in.audit.ListAuditEventsQuery;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdminAuditEventsTest {
    private static final ClientInfo ADMIN_DESK = new ClientInfo("192.0.2.10", "admin-console");

    private final Fixtures world = new Fixtures();
    private final CreateUserService create = world.createUserService();
    private final UpdateUserService update = world.updateUserService();
    private final DeleteUserService delete = world.deleteUserService();
    private final User admin = world.openAdmin();

    @Test
    void recordsWhoDidWhatToWhomAndFromWhere() {
        User grace = create.createUser(new CreateUserCommand(
                        admin.id(),
                        new Email("grace@example.com"),
                        new Password("another good one"),
                        null,
                        Set.of(),
                        ADMIN_DESK))
                .user();
        world.clock.advance(Duration.ofSeconds(1));
        update.updateUser(new UpdateUserCommand(
                admin.id(), grace.id(), Update.keep(), Update.to(Set.of(Role.ADMIN)), Update.to(false), ADMIN_DESK));
        world.clock.advance(Duration.ofSeconds(1));
        delete.deleteUser(new DeleteUserCommand(admin.id(), grace.id(), ADMIN_DESK));

        var page = new ListAuditEventsService(world.securityEvents)
                .listAuditEvents(new ListAuditEventsQuery(new PageRequest(0, 20), grace.id(), null));

        // Newest first; the two events of the one update share their time, so their order is open.
        assertThat(page.items())
                .extracting(e -> e.event().type())
                .containsExactlyInAnyOrder(
                        SecurityEventType.USER_DELETED,
                        SecurityEventType.USER_DISABLED,
                        SecurityEventType.ROLES_CHANGED,
                        SecurityEventType.USER_CREATED);
        assertThat(page.items().getFirst().event().type()).isEqualTo(SecurityEventType.USER_DELETED);
        assertThat(page.items().getLast().event().type()).isEqualTo(SecurityEventType.USER_CREATED);
        assertThat(page.items()).allSatisfy(e -> {
            assertThat(e.event().actorId()).isEqualTo(admin.id());
            assertThat(e.event().client()).isEqualTo(ADMIN_DESK);
        });
        SecurityEvent rolesChanged =
                world.securityEvents.ofType(SecurityEventType.ROLES_CHANGED).getFirst();
        assertThat(rolesChanged.details()).containsEntry("from", "USER").containsEntry("to", "ADMIN,USER");
        assertThat(page.items().getFirst().event().details()).containsEntry("email", "grace@example.com");

        var onlyDeletions = new ListAuditEventsService(world.securityEvents)
                .listAuditEvents(
                        new ListAuditEventsQuery(new PageRequest(0, 20), null, SecurityEventType.USER_DELETED));
        assertThat(onlyDeletions.totalItems()).isEqualTo(1);
    }

    @Test
    void purgesEventsPastTheRetention() {
        create.createUser(new CreateUserCommand(
                admin.id(), new Email("old@example.com"), new Password("another good one"), null, null, ADMIN_DESK));
        world.clock.advance(Duration.ofDays(181));
        create.createUser(new CreateUserCommand(
                admin.id(), new Email("new@example.com"), new Password("another good one"), null, null, ADMIN_DESK));
        PurgeExpiredAuditEventsService purge = new PurgeExpiredAuditEventsService(
                world.securityEvents, world.unitOfWork, Duration.ofDays(180), world.clock);

        assertThat(purge.purgeExpiredAuditEvents()).isEqualTo(1);
        assertThat(world.securityEvents.events())
                .singleElement()
                .satisfies(e -> assertThat(e.occurredAt()).isEqualTo(world.clock.instant()));
    }
}
