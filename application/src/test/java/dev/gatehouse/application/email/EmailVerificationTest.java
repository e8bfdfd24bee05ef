package dev.gatehouse.application.email;

import static dev.gatehouse.application.email.EmailWorld.CLIENT;
import static dev.gatehouse.application.email.EmailWorld.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.admin.EnsureBootstrapAdminService;
import dev.gatehouse.application.auth.RegisterUserService;
import dev.gatehouse.domain.email.EmailAlreadyVerifiedException;
import dev.gatehouse.domain.email.EmailTokenPurpose;
import dev.gatehouse.domain.email.InvalidEmailTokenException;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.mail.Mail;
import dev.gatehouse.domain.mail.MailTopic;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.admin.CreateUserCommand;
import dev.gatehouse.domain.port.in.admin.EnsureBootstrapAdminCommand;
import dev.gatehouse.domain.port.in.auth.RegisterUserCommand;
import dev.gatehouse.domain.testing.InMemoryBootstrapAdminRecord;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserView;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmailVerificationTest {
    private final EmailWorld world = new EmailWorld();

    private User register(String email) {
        UserView view = new RegisterUserService(world.accountOpener, world.securityEvents, world.unitOfWork, true)
                .register(new RegisterUserCommand(new Email(email), new Password(PASSWORD), null, CLIENT));
        return view.user();
    }

    @Test
    void registrationStoresTheAccountUnverifiedAndMailsAVerificationLinkInItsUnitOfWork() {
        User bob = register("bob@example.com");

        assertThat(world.stored(bob).emailVerified()).isFalse();
        Mail mail = world.outbox.queuedTo("bob@example.com").getFirst();
        assertThat(mail.topic()).isEqualTo(MailTopic.VERIFY_EMAIL);
        assertThat(mail.text()).contains("https://app.example/verify#token=").contains("24 hours");
        assertThat(world.unitOfWork.started()).isEqualTo(1);
        assertThat(world.emailTokens.lastIssuedAt(bob.id(), EmailTokenPurpose.VERIFY_EMAIL))
                .contains(world.clock.instant());
    }

    @Test
    void theLinkVerifiesTheAddressOnce() {
        User bob = register("bob@example.com");
        String token = world.lastLinkedTokenTo("bob@example.com");

        world.verify(token);

        assertThat(world.stored(bob).emailVerified()).isTrue();
        assertThat(world.securityEvents.ofType(SecurityEventType.EMAIL_VERIFIED))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.userId()).isEqualTo(bob.id());
                    assertThat(event.client()).isEqualTo(CLIENT);
                });
        assertThatThrownBy(() -> world.verify(token))
                .isInstanceOf(InvalidEmailTokenException.class)
                .satisfies(refusal -> assertThat(((InvalidEmailTokenException) refusal).purpose())
                        .isEqualTo(EmailTokenPurpose.VERIFY_EMAIL));
        assertThat(world.everythingRecorded()).doesNotContain(token);
    }

    @Test
    void aLinkUsedAfterAPasswordResetVerifiedTheAddressIsSpentWithoutRecordingAVerificationAgain() {
        User bob = register("bob@example.com");
        String verification = world.lastLinkedTokenTo("bob@example.com");
        world.requestReset("bob@example.com");
        world.confirmReset(world.lastLinkedTokenTo("bob@example.com"), "a-new-password-for-bob-1");
        assertThat(world.stored(bob).emailVerified())
                .as("the reset proved the mailbox")
                .isTrue();
        User afterReset = world.stored(bob);

        world.verify(verification);

        assertThat(world.stored(bob)).as("unchanged").isEqualTo(afterReset);
        assertThat(world.securityEvents.ofType(SecurityEventType.EMAIL_VERIFIED))
                .as("the address was verified by the reset, not by this link")
                .isEmpty();
        assertThatThrownBy(() -> world.verify(verification)).isInstanceOf(InvalidEmailTokenException.class);
    }

    @Test
    void anExpiredSupersededOrOtherPurposeTokenVerifiesNothing() {
        User bob = register("bob@example.com");
        String first = world.lastLinkedTokenTo("bob@example.com");
        world.clock.advance(Duration.ofMinutes(1));
        world.resend(bob);
        String second = world.lastLinkedTokenTo("bob@example.com");
        world.requestReset("bob@example.com");
        String reset = world.lastLinkedTokenTo("bob@example.com");

        assertThatThrownBy(() -> world.verify(first)).as("superseded").isInstanceOf(InvalidEmailTokenException.class);
        assertThatThrownBy(() -> world.verify(reset))
                .as("a reset token")
                .isInstanceOf(InvalidEmailTokenException.class);
        world.clock.advance(EmailTokenPurpose.VERIFY_EMAIL.validity());
        assertThatThrownBy(() -> world.verify(second)).as("expired").isInstanceOf(InvalidEmailTokenException.class);

        assertThat(world.stored(bob).emailVerified()).isFalse();
        assertThat(world.securityEvents.ofType(SecurityEventType.EMAIL_VERIFIED))
                .isEmpty();
    }

    @Test
    void aLinkMailedToAnOldAddressDoesNotVerifyTheNewOne() {
        User bob = register("bob@example.com");
        String token = world.lastLinkedTokenTo("bob@example.com");
        User moved = world.stored(bob).withEmail(new Email("bob@new.example"), world.clock.instant());
        // An address that an admin set and nobody has proven yet.
        world.users.update(User.restore(
                moved.id(),
                moved.email(),
                null,
                moved.passwordHash(),
                moved.roles(),
                true,
                false,
                moved.createdAt(),
                moved.updatedAt(),
                moved.tokensValidAfter()));

        assertThatThrownBy(() -> world.verify(token)).isInstanceOf(InvalidEmailTokenException.class);

        assertThat(world.stored(bob).emailVerified()).isFalse();
    }

    @Test
    void resendMailsANewLinkAtMostOncePer60Seconds() {
        User bob = register("bob@example.com");

        world.resend(bob);
        assertThat(world.outbox.queuedTo("bob@example.com"))
                .as("within 60 s of the registration mail")
                .hasSize(1);

        world.clock.advance(Duration.ofSeconds(60));
        world.resend(bob);
        world.resend(bob);

        assertThat(world.topicsTo("bob@example.com")).containsExactly(MailTopic.VERIFY_EMAIL, MailTopic.VERIFY_EMAIL);
        world.verify(world.lastLinkedTokenTo("bob@example.com"));
        assertThat(world.stored(bob).emailVerified()).isTrue();
    }

    @Test
    void resendIsRefusedForAVerifiedAddress() {
        User ada = world.openUser("ada@example.com");

        assertThatThrownBy(() -> world.resend(ada)).isInstanceOf(EmailAlreadyVerifiedException.class);
        assertThat(world.outbox.queued()).isEmpty();
    }

    @Test
    void anAdminCreatedAccountIsMailedALinkUnlessTheAdminVouchesForTheAddress() {
        User root = world.openAdmin();

        UserView unvouched = world.createUserService()
                .createUser(new CreateUserCommand(
                        root.id(),
                        new Email("carol@example.com"),
                        new Password(PASSWORD),
                        null,
                        Set.of(Role.USER),
                        CLIENT));
        UserView vouched = world.createUserService()
                .createUser(new CreateUserCommand(
                        root.id(),
                        new Email("dave@example.com"),
                        new Password(PASSWORD),
                        null,
                        Set.of(Role.USER),
                        true,
                        CLIENT));

        assertThat(unvouched.user().emailVerified()).isFalse();
        assertThat(world.topicsTo("carol@example.com")).containsExactly(MailTopic.VERIFY_EMAIL);
        assertThat(vouched.user().emailVerified()).isTrue();
        assertThat(world.stored(vouched.user()).emailVerified()).isTrue();
        assertThat(world.outbox.queuedTo("dave@example.com")).isEmpty();
        assertThat(world.securityEvents.ofType(SecurityEventType.USER_CREATED))
                .extracting(event -> event.details().get("emailVerified"))
                .containsExactly("false", "true");
    }

    @Test
    void theBootstrapAdminIsStoredVerifiedAndMailedNothing() {
        new EnsureBootstrapAdminService(
                        world.users,
                        new InMemoryBootstrapAdminRecord(),
                        world.accountOpener,
                        world.securityEvents,
                        world.unitOfWork,
                        world.clock)
                .ensureBootstrapAdmin(
                        new EnsureBootstrapAdminCommand(new Email("root@example.com"), new Password(PASSWORD)));

        assertThat(world.users
                        .findByEmail(new Email("root@example.com"))
                        .orElseThrow()
                        .emailVerified())
                .isTrue();
        assertThat(world.outbox.queued()).isEmpty();
    }
}
