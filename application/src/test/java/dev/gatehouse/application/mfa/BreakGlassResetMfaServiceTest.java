package dev.gatehouse.application.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.mfa.BreakGlassReset;
import dev.gatehouse.domain.mfa.MfaNotEnabledException;
import dev.gatehouse.domain.port.in.mfa.BreakGlassResetMfaCommand;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserNotFoundException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BreakGlassResetMfaServiceTest {
    private final MfaWorld world = new MfaWorld();
    private final BreakGlassResetMfaService breakGlass = new BreakGlassResetMfaService(
            world.users,
            world.sessions,
            world.mfaEnrolments,
            world.notices,
            world.securityEvents,
            world.unitOfWork,
            world.clock);
    private final User root = world.openAdmin();

    private BreakGlassReset resetMfa(String email) {
        return breakGlass.resetMfa(new BreakGlassResetMfaCommand(new Email(email)));
    }

    @Test
    void switchesTheAdminsMfaOffSignsItOutEverywhereAndRecordsTheResetWithNoActor() {
        world.enrol(root);
        Session first = world.openSession(root);
        Session second = world.openSession(root);
        Instant now = world.clock.instant();

        BreakGlassReset reset = resetMfa("Root@Example.com");

        assertThat(reset).isEqualTo(new BreakGlassReset(root.id(), 2));
        assertThat(world.mfaEnrolments.find(root.id())).isEmpty();
        assertThat(world.mfaEnrolments.remainingRecoveryCodes(root.id())).isZero();
        assertThat(world.sessions.findById(first.id()).orElseThrow().revokedAt())
                .isEqualTo(now);
        assertThat(world.sessions.findById(second.id()).orElseThrow().revokedAt())
                .isEqualTo(now);
        assertThat(world.users.findById(root.id()).orElseThrow().tokenCutOff().accepts(now))
                .as("access tokens issued so far")
                .isFalse();
        assertThat(world.securityEvents.ofType(SecurityEventType.MFA_RESET))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.userId()).isEqualTo(root.id());
                    assertThat(event.actorId()).isNull();
                    assertThat(event.occurredAt()).isEqualTo(now);
                    assertThat(event.client()).isEqualTo(ClientInfo.unknown());
                    assertThat(event.details())
                            .isEqualTo(Map.of("revokedSessions", "2", "source", "break-glass-command"));
                });
    }

    @Test
    void anUnknownEmailOrAnAccountWithoutMfaChangesNothing() {
        Session session = world.openSession(root);
        world.setUp(root);

        assertThatThrownBy(() -> resetMfa("nobody@example.com")).isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> resetMfa("root@example.com"))
                .as("a pending setup is not MFA on")
                .isInstanceOf(MfaNotEnabledException.class);

        assertThat(world.securityEvents.ofType(SecurityEventType.MFA_RESET)).isEmpty();
        assertThat(world.sessions.findById(session.id()).orElseThrow().revokedAt())
                .isNull();
        assertThat(world.users.findById(root.id()).orElseThrow().tokensValidAfter())
                .isEqualTo(root.tokensValidAfter());
    }
}
