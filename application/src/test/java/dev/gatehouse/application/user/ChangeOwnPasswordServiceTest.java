package dev.gatehouse.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.Fixtures;
import dev.gatehouse.application.lockout.CurrentPasswordCheck;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.auth.TooManyLoginAttemptsException;
import dev.gatehouse.domain.common.InvalidInputException;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.mail.Mail;
import dev.gatehouse.domain.mail.MailTopic;
import dev.gatehouse.domain.password.InvalidCurrentPasswordException;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.user.ChangeOwnPasswordCommand;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeOwnPasswordServiceTest {
    private final Fixtures world = new Fixtures();
    private final ChangeOwnPasswordService service = new ChangeOwnPasswordService(
            world.users,
            world.sessions,
            world.securityEvents,
            world.newPasswords,
            new CurrentPasswordCheck(world.throttling, world.hasher, world.unitOfWork),
            world.notices,
            world.unitOfWork,
            world.clock);
    private final User ada = world.openAccount(
            new Email("ada@example.com"), new Password("correct horse battery"), null, Set.of(Role.USER));

    @Test
    void replacesTheHashWhenTheCurrentPasswordIsRight() {
        service.changeOwnPassword(new ChangeOwnPasswordCommand(
                ada.id(),
                new Password("correct horse battery"),
                new Password("a brand new secret"),
                ClientInfo.unknown()));

        User stored = world.users.findById(ada.id()).orElseThrow();
        assertThat(world.hasher.matches(new Password("a brand new secret"), stored.passwordHash()))
                .isTrue();
        assertThat(world.hasher.matches(new Password("correct horse battery"), stored.passwordHash()))
                .isFalse();
    }

    @Test
    void mailsTheAccountANoticeWithTheChangeAndNothingWhenRefused() {
        assertThatThrownBy(() -> changeWithCurrent("not my password"))
                .isInstanceOf(InvalidCurrentPasswordException.class);
        assertThat(world.outbox.queued()).isEmpty();

        changeWithCurrent("correct horse battery");

        assertThat(world.outbox.queuedTo("ada@example.com"))
                .extracting(Mail::topic)
                .containsExactly(MailTopic.PASSWORD_CHANGED_NOTICE);
    }

    @Test
    void endsEverySessionAndEveryEarlierAccessTokenOfTheAccount() {
        Session first = openSession(ada);
        Session second = openSession(ada);
        User other = world.openAccount(
                new Email("bob@example.com"), new Password("correct horse battery"), null, Set.of(Role.USER));
        Session othersSession = openSession(other);

        service.changeOwnPassword(new ChangeOwnPasswordCommand(
                ada.id(),
                new Password("correct horse battery"),
                new Password("a brand new secret"),
                ClientInfo.unknown()));

        assertThat(world.sessions.findLive(ada.id(), world.clock.instant())).isEmpty();
        assertThat(world.sessions.findById(first.id()).orElseThrow().revokedAt())
                .isEqualTo(world.clock.instant());
        assertThat(world.sessions.findById(second.id()).orElseThrow().revokedAt())
                .isNotNull();
        assertThat(world.sessions.findById(othersSession.id()).orElseThrow().revokedAt())
                .isNull();
        User stored = world.users.findById(ada.id()).orElseThrow();
        assertThat(stored.tokenCutOff().accepts(world.clock.instant())).isFalse();
    }

    private void changeWithCurrent(String currentPassword) {
        service.changeOwnPassword(new ChangeOwnPasswordCommand(
                ada.id(), new Password(currentPassword), new Password("a brand new secret"), CLIENT));
    }

    private static final ClientInfo CLIENT = new ClientInfo("192.0.2.4", "stolen-token/1");

    @Test
    void aWrongCurrentPasswordIsRecordedAsAFailedLoginWithoutThePassword() {
        assertThatThrownBy(() -> changeWithCurrent("a lucky guess"))
                .isInstanceOf(InvalidCurrentPasswordException.class);

        assertThat(world.securityEvents.ofType(SecurityEventType.LOGIN_FAILED))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.userId()).isEqualTo(ada.id());
                    assertThat(event.client()).isEqualTo(CLIENT);
                    assertThat(event.details()).isEqualTo(Map.of("reason", "wrong-current-password"));
                });
        assertThat(world.securityEvents.events().toString()).doesNotContain("a lucky guess");
    }

    /** A stolen access token must not be a way to guess the password without limit. */
    @Test
    void wrongCurrentPasswordsLockTheAccountLikeFailedLogins() {
        for (int i = 0; i < 5; i++) {
            String guess = "guess number " + i;
            assertThatThrownBy(() -> changeWithCurrent(guess)).isInstanceOf(InvalidCurrentPasswordException.class);
        }
        int verifications = world.hasher.verifications();

        assertThatThrownBy(() -> changeWithCurrent("correct horse battery"))
                .isInstanceOf(TooManyLoginAttemptsException.class)
                .satisfies(e -> assertThat(((TooManyLoginAttemptsException) e).retryAfter())
                        .isEqualTo(Duration.ofSeconds(30)));
        assertThat(world.hasher.verifications())
                .as("a locked attempt is not even checked")
                .isEqualTo(verifications);
        assertThat(world.throttles.find("ada@example.com"))
                .hasValueSatisfying(t -> assertThat(t.locks()).isEqualTo(1));
        assertThat(world.hasher.matches(
                        new Password("correct horse battery"),
                        world.users.findById(ada.id()).orElseThrow().passwordHash()))
                .isTrue();
    }

    private Session openSession(User user) {
        SessionId id = SessionId.newId();
        return world.openSession(user, "hash-" + id, ClientInfo.unknown());
    }

    @Test
    void refusesAWrongCurrentPasswordAndKeepsTheOldOne() {
        assertThatThrownBy(() -> service.changeOwnPassword(new ChangeOwnPasswordCommand(
                        ada.id(),
                        new Password("not my password"),
                        new Password("a brand new secret"),
                        ClientInfo.unknown())))
                .isInstanceOf(InvalidCurrentPasswordException.class);

        assertThat(world.users.findById(ada.id())).contains(ada);
    }

    @Test
    void holdsTheNewPasswordToThePolicyUnderItsOwnFieldName() {
        assertThatThrownBy(() -> service.changeOwnPassword(new ChangeOwnPasswordCommand(
                        ada.id(),
                        new Password("correct horse battery"),
                        new Password("ada@example.com"),
                        ClientInfo.unknown())))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("newPassword");

        assertThat(world.users.findById(ada.id())).contains(ada);
    }
}
