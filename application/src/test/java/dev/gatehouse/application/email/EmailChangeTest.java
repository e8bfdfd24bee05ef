package dev.gatehouse.application.email;

import static dev.gatehouse.application.email.EmailWorld.CLIENT;
import static dev.gatehouse.application.email.EmailWorld.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.Fixtures;
import dev.gatehouse.domain.auth.LoginThrottle;
import dev.gatehouse.domain.common.InvalidInputException;
import dev.gatehouse.domain.email.EmailToken;
import dev.gatehouse.domain.email.EmailTokenPurpose;
import dev.gatehouse.domain.email.InvalidEmailTokenException;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.mail.Mail;
import dev.gatehouse.domain.mail.MailTopic;
import dev.gatehouse.domain.password.InvalidCurrentPasswordException;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.email.RequestEmailChangeCommand;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.EmailAlreadyTakenException;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserView;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class EmailChangeTest {
    private final EmailWorld world = new EmailWorld();
    private final User ada = world.openUser("ada@example.com");

    private String requestedToken(String newEmail) {
        world.requestChange(ada, newEmail, PASSWORD);
        return world.lastLinkedTokenTo(newEmail);
    }

    @Test
    void mailsAConfirmationLinkToTheNewAddressAndANoticeToTheCurrentOneChangingNothing() {
        world.requestChange(ada, "Ada@New.Example", PASSWORD);

        Mail confirmation = world.outbox.queuedTo("ada@new.example").getFirst();
        assertThat(confirmation.topic()).isEqualTo(MailTopic.CONFIRM_EMAIL_CHANGE);
        assertThat(confirmation.text())
                .contains("https://app.example/confirm-email#token=")
                .contains("24 hours");
        assertThat(world.topicsTo("ada@example.com")).containsExactly(MailTopic.EMAIL_CHANGE_REQUESTED_NOTICE);
        assertThat(world.outbox.queued()).hasSize(2);
        assertThat(world.stored(ada)).isEqualTo(ada);
        assertThat(world.securityEvents.ofType(SecurityEventType.EMAIL_CHANGE_REQUESTED))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.userId()).isEqualTo(ada.id());
                    assertThat(event.actorId()).isEqualTo(ada.id());
                    assertThat(event.details()).isEqualTo(Map.of("newEmail", "ada@new.example"));
                });
        assertThat(world.everythingRecorded()).doesNotContain(Fixtures.linkedToken(confirmation));
    }

    @Test
    void theLinkSwitchesTheAccountToTheNewAddressVerifiedKeepingSessions() {
        Session session = world.openSession(ada, "hash-1", CLIENT);
        String token = requestedToken("ada@new.example");
        world.clock.advance(Duration.ofMinutes(3));
        Instant now = world.clock.instant();

        UserView view = world.confirmChange(token);

        User stored = world.stored(ada);
        assertThat(stored.email()).isEqualTo(new Email("ada@new.example"));
        assertThat(stored.emailVerified()).isTrue();
        assertThat(stored.tokenCutOff().accepts(now))
                .as("access tokens with the old email claim")
                .isFalse();
        assertThat(view.user()).isEqualTo(stored);
        assertThat(view.mfaEnabled()).isFalse();
        assertThat(world.sessions.findById(session.id()).orElseThrow().revokedAt())
                .isNull();
        assertThat(world.topicsTo("ada@example.com"))
                .containsExactly(MailTopic.EMAIL_CHANGE_REQUESTED_NOTICE, MailTopic.EMAIL_CHANGED_NOTICE);
        assertThat(world.securityEvents.ofType(SecurityEventType.EMAIL_CHANGED))
                .singleElement()
                .satisfies(event -> assertThat(event.details())
                        .isEqualTo(Map.of("oldEmail", "ada@example.com", "newEmail", "ada@new.example")));
        assertThatThrownBy(() -> world.confirmChange(token))
                .isInstanceOf(InvalidEmailTokenException.class)
                .satisfies(refusal -> assertThat(((InvalidEmailTokenException) refusal).purpose())
                        .isEqualTo(EmailTokenPurpose.EMAIL_CHANGE));
    }

    @Test
    void anAddressTakenMeanwhileIsRefusedAndNothingChangesOrIsQueued() {
        String token = requestedToken("ada@new.example");
        world.openUser("ada@new.example");
        int queued = world.outbox.queued().size();

        assertThatThrownBy(() -> world.confirmChange(token)).isInstanceOf(EmailAlreadyTakenException.class);

        assertThat(world.stored(ada).email()).isEqualTo(new Email("ada@example.com"));
        assertThat(world.outbox.queued()).hasSize(queued);
        assertThat(world.securityEvents.ofType(SecurityEventType.EMAIL_CHANGED)).isEmpty();
    }

    @Test
    void theNewAddressMustDifferAndBeFree() {
        world.openUser("bob@example.com");

        assertThatThrownBy(() -> world.requestChange(ada, "ADA@example.com", PASSWORD))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal ->
                        assertThat(((InvalidInputException) refusal).field()).isEqualTo("newEmail"));
        assertThatThrownBy(() -> world.requestChange(ada, "bob@example.com", PASSWORD))
                .isInstanceOf(EmailAlreadyTakenException.class);

        assertThat(world.outbox.queued()).isEmpty();
        assertThat(world.emailTokens.lastIssuedAt(ada.id(), EmailTokenPurpose.EMAIL_CHANGE))
                .isEmpty();
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndCountsTowardsTheLockout() {
        assertThatThrownBy(() -> world.requestChange(ada, "ada@new.example", "not my password"))
                .isInstanceOf(InvalidCurrentPasswordException.class);

        assertThat(world.throttles.find("ada@example.com").map(LoginThrottle::failures))
                .contains(1);
        assertThat(world.securityEvents.ofType(SecurityEventType.LOGIN_FAILED))
                .singleElement()
                .satisfies(event -> assertThat(event.details()).containsEntry("reason", "wrong-current-password"));
        assertThat(world.outbox.queued()).isEmpty();
    }

    @Test
    void aPasswordChangedSinceTheCheckRefusesTheRequest() {
        RequestEmailChangeService racing = new RequestEmailChangeService(
                world.users,
                world.currentPasswordCheck,
                world.tokenMails,
                world.notices,
                event -> world.securityEvents.record(event),
                new UnitOfWork() {
                    @Override
                    public <T> T inTransaction(Supplier<T> work) {
                        // Another request changes the password while this one waits for the row lock.
                        world.users.update(world.stored(ada)
                                .withPasswordHash(
                                        world.hasher.hash(new Password("changed meanwhile")), world.clock.instant()));
                        return world.unitOfWork.inTransaction(work);
                    }
                },
                world.clock);

        assertThatThrownBy(() -> racing.requestEmailChange(new RequestEmailChangeCommand(
                        ada.id(), new Email("ada@new.example"), new Password(PASSWORD), CLIENT)))
                .isInstanceOf(InvalidCurrentPasswordException.class);
        assertThat(world.outbox.queued()).isEmpty();
    }

    @Test
    void aNewerRequestSupersedesTheOlderLinkAndOtherTokensDoNotSwitch() {
        String older = requestedToken("ada@one.example");
        String newer = requestedToken("ada@two.example");
        world.requestReset("ada@example.com");
        String reset = world.lastLinkedTokenTo("ada@example.com");

        assertThatThrownBy(() -> world.confirmChange(older)).isInstanceOf(InvalidEmailTokenException.class);
        assertThatThrownBy(() -> world.confirmChange(reset)).isInstanceOf(InvalidEmailTokenException.class);
        world.clock.advance(EmailTokenPurpose.EMAIL_CHANGE.validity());
        assertThatThrownBy(() -> world.confirmChange(newer))
                .as("expired")
                .isInstanceOf(InvalidEmailTokenException.class);

        assertThat(world.stored(ada).email()).isEqualTo(new Email("ada@example.com"));
    }

    @Test
    void aDisabledAccountCannotSwitch() {
        String token = requestedToken("ada@new.example");
        world.users.update(ada.withEnabled(false, world.clock.instant()));

        assertThatThrownBy(() -> world.confirmChange(token)).isInstanceOf(InvalidEmailTokenException.class);
        assertThat(world.stored(ada).email()).isEqualTo(new Email("ada@example.com"));
        assertThat(new EmailToken(token).toString()).doesNotContain(token);
    }
}
