package dev.gatehouse.application.email;

import static dev.gatehouse.application.email.EmailWorld.CLIENT;
import static dev.gatehouse.application.email.EmailWorld.NEW_PASSWORD;
import static dev.gatehouse.application.email.EmailWorld.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import dev.gatehouse.domain.auth.LoginThrottle;
import dev.gatehouse.domain.common.InvalidInputException;
import dev.gatehouse.domain.email.EmailTokenPurpose;
import dev.gatehouse.domain.email.InvalidEmailTokenException;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.mail.Mail;
import dev.gatehouse.domain.mail.MailTopic;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.auth.LogInCommand;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PasswordResetTest {
    private final EmailWorld world = new EmailWorld();
    private final User ada = world.openUser("ada@example.com");

    private String requestedToken() {
        world.requestReset("Ada@Example.com");
        return world.lastLinkedTokenTo("ada@example.com");
    }

    private boolean passwordIs(User user, String password) {
        return world.hasher.matches(new Password(password), world.stored(user).passwordHash());
    }

    @Test
    void mailsAResetLinkToAnEnabledAccountAndRecordsTheRequest() {
        world.requestReset("ada@example.com");

        Mail mail = world.outbox.queuedTo("ada@example.com").getLast();
        assertThat(mail.topic()).isEqualTo(MailTopic.PASSWORD_RESET);
        assertThat(mail.text()).contains("https://app.example/reset#token=").contains("30 minutes");
        assertThat(world.securityEvents.ofType(SecurityEventType.PASSWORD_RESET_REQUESTED))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.userId()).isEqualTo(ada.id());
                    assertThat(event.actorId()).isNull();
                    assertThat(event.client()).isEqualTo(CLIENT);
                    assertThat(event.details()).isEqualTo(Map.of("mailQueued", "true"));
                });
    }

    @Test
    void theRequestOnlyQueuesTheSameForAnyAddress() {
        User off = world.openUser("off@example.com");
        world.users.update(off.withEnabled(false, world.clock.instant()));
        int eventsBefore = world.securityEvents.events().size();

        world.queueResetRequest("Ada@Example.com");
        world.clock.advance(Duration.ofSeconds(1));
        world.queueResetRequest("nobody@example.com");
        world.clock.advance(Duration.ofSeconds(1));
        world.queueResetRequest("off@example.com");

        assertThat(world.resetRequests.waiting())
                .extracting(
                        request -> request.email().value(), request -> request.client(), request -> request.attempts())
                .containsExactly(
                        tuple("ada@example.com", CLIENT, 0),
                        tuple("nobody@example.com", CLIENT, 0),
                        tuple("off@example.com", CLIENT, 0));
        assertThat(world.outbox.queuedTo("ada@example.com"))
                .extracting(Mail::topic)
                .doesNotContain(MailTopic.PASSWORD_RESET);
        assertThat(world.emailTokens.lastIssuedAt(ada.id(), EmailTokenPurpose.PASSWORD_RESET))
                .isEmpty();
        assertThat(world.securityEvents.events()).hasSize(eventsBefore);
        assertThat(world.unitOfWork.started())
                .as("one unit of work each, holding the one insert")
                .isEqualTo(3);
    }

    @Test
    void anUnknownOrDisabledAddressGetsNoMailButAnEvent() {
        User off = world.openUser("off@example.com");
        world.users.update(off.withEnabled(false, world.clock.instant()));

        world.requestReset("nobody@example.com");
        world.requestReset("off@example.com");

        assertThat(world.outbox.queued()).isEmpty();
        assertThat(world.securityEvents.ofType(SecurityEventType.PASSWORD_RESET_UNKNOWN_EMAIL))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.userId()).isNull();
                    assertThat(event.details()).isEmpty();
                    assertThat(event.toString()).doesNotContain("nobody");
                });
        assertThat(world.securityEvents.ofType(SecurityEventType.PASSWORD_RESET_REQUESTED))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.userId()).isEqualTo(off.id());
                    assertThat(event.details()).isEqualTo(Map.of("mailQueued", "false", "reason", "account-disabled"));
                });
        assertThat(world.emailTokens.lastIssuedAt(off.id(), EmailTokenPurpose.PASSWORD_RESET))
                .isEmpty();
        assertThat(world.resetRequests.count()).as("both answered").isZero();
    }

    @Test
    void queuesAtMostOneMailPerAccountPer60Seconds() {
        world.requestReset("ada@example.com");
        world.clock.advance(Duration.ofSeconds(59));
        world.requestReset("ada@example.com");

        assertThat(world.outbox.queuedTo("ada@example.com")).hasSize(1);
        assertThat(world.securityEvents.ofType(SecurityEventType.PASSWORD_RESET_REQUESTED))
                .extracting(event -> event.details().get("mailQueued"))
                .containsExactly("true", "false");

        world.clock.advance(Duration.ofSeconds(1));
        world.requestReset("ada@example.com");

        assertThat(world.outbox.queuedTo("ada@example.com")).hasSize(2);
    }

    @Test
    void setsTheNewPasswordSignsOutEverywhereVerifiesTheAddressAndMailsANotice() {
        User unverified = world.openUnverifiedAccount(new Email("bob@example.com"), new Password(PASSWORD));
        Session first = world.openSession(unverified, "hash-1", CLIENT);
        Session second = world.openSession(unverified, "hash-2", CLIENT);
        world.requestReset("bob@example.com");
        String token = world.lastLinkedTokenTo("bob@example.com");
        world.clock.advance(Duration.ofMinutes(5));
        Instant now = world.clock.instant();

        world.confirmReset(token, NEW_PASSWORD);

        User stored = world.stored(unverified);
        assertThat(passwordIs(unverified, NEW_PASSWORD)).isTrue();
        assertThat(stored.emailVerified())
                .as("following the link proved the mailbox")
                .isTrue();
        assertThat(stored.tokenCutOff().accepts(now))
                .as("access tokens issued so far")
                .isFalse();
        assertThat(world.sessions.findById(first.id()).orElseThrow().revokedAt())
                .isEqualTo(now);
        assertThat(world.sessions.findById(second.id()).orElseThrow().revokedAt())
                .isEqualTo(now);
        assertThat(world.topicsTo("bob@example.com"))
                .containsExactly(MailTopic.VERIFY_EMAIL, MailTopic.PASSWORD_RESET, MailTopic.PASSWORD_RESET_NOTICE);
        assertThat(world.securityEvents.ofType(SecurityEventType.PASSWORD_RESET_COMPLETED))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.userId()).isEqualTo(unverified.id());
                    assertThat(event.occurredAt()).isEqualTo(now);
                    assertThat(event.details()).isEqualTo(Map.of("revokedSessions", "2"));
                });
    }

    @Test
    void clearsTheAccountsLockout() {
        for (int attempt = 0; attempt < LoginThrottle.FAILURES_BEFORE_FIRST_LOCK; attempt++) {
            try {
                world.logInService().logIn(new LogInCommand("ada@example.com", new Password("wrong guess"), CLIENT));
            } catch (RuntimeException expected) {
                // counted
            }
        }
        assertThat(world.throttles.find("ada@example.com").orElseThrow().lockedAt(world.clock.instant()))
                .isTrue();

        world.confirmReset(requestedToken(), NEW_PASSWORD);

        assertThat(world.throttles.find("ada@example.com").orElseThrow())
                .isEqualTo(LoginThrottle.clean("ada@example.com"));
        assertThat(world.logInService().logIn(new LogInCommand("ada@example.com", new Password(NEW_PASSWORD), CLIENT)))
                .isNotNull();
    }

    @Test
    void aTokenWorksOnce() {
        String token = requestedToken();
        world.confirmReset(token, NEW_PASSWORD);

        assertThatThrownBy(() -> world.confirmReset(token, "yet another secret"))
                .isInstanceOf(InvalidEmailTokenException.class)
                .satisfies(refusal -> assertThat(((InvalidEmailTokenException) refusal).purpose())
                        .isEqualTo(EmailTokenPurpose.PASSWORD_RESET));
        assertThat(passwordIs(ada, NEW_PASSWORD)).isTrue();
    }

    @Test
    void aNewerLinkSupersedesTheOlderOne() {
        String older = requestedToken();
        world.clock.advance(Duration.ofMinutes(2));
        String newer = requestedToken();

        assertThatThrownBy(() -> world.confirmReset(older, NEW_PASSWORD))
                .isInstanceOf(InvalidEmailTokenException.class);
        world.confirmReset(newer, NEW_PASSWORD);
        assertThat(passwordIs(ada, NEW_PASSWORD)).isTrue();
    }

    @Test
    void anExpiredUnknownOrOtherPurposeTokenIsRefusedAndChangesNothing() {
        String reset = requestedToken();
        User unverified = world.openUnverifiedAccount(new Email("bob@example.com"), new Password(PASSWORD));
        String verification = world.lastLinkedTokenTo("bob@example.com");

        assertThatThrownBy(() -> world.confirmReset(verification, NEW_PASSWORD))
                .as("a verification token")
                .isInstanceOf(InvalidEmailTokenException.class);
        assertThatThrownBy(() -> world.confirmReset("not-a-token-anyone-was-mailed", NEW_PASSWORD))
                .isInstanceOf(InvalidEmailTokenException.class);
        world.clock.advance(EmailTokenPurpose.PASSWORD_RESET.validity());
        assertThatThrownBy(() -> world.confirmReset(reset, NEW_PASSWORD))
                .as("expired")
                .isInstanceOf(InvalidEmailTokenException.class);

        assertThat(passwordIs(ada, PASSWORD)).isTrue();
        assertThat(passwordIs(unverified, PASSWORD)).isTrue();
        assertThat(world.securityEvents.ofType(SecurityEventType.PASSWORD_RESET_COMPLETED))
                .isEmpty();
    }

    @Test
    void aPolicyErrorLeavesTheTokenUsable() {
        String token = requestedToken();

        assertThatThrownBy(() -> world.confirmReset(token, "short"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal ->
                        assertThat(((InvalidInputException) refusal).field()).isEqualTo("newPassword"));
        assertThatThrownBy(() -> world.confirmReset(token, "ada@example.com"))
                .as("the account's own address")
                .isInstanceOf(InvalidInputException.class);

        world.confirmReset(token, NEW_PASSWORD);
        assertThat(passwordIs(ada, NEW_PASSWORD)).isTrue();
    }

    @Test
    void aDisabledAccountOrOneThatMovedToAnotherAddressRefusesItsToken() {
        String token = requestedToken();
        world.users.update(ada.withEnabled(false, world.clock.instant()));
        assertThatThrownBy(() -> world.confirmReset(token, NEW_PASSWORD))
                .isInstanceOf(InvalidEmailTokenException.class);

        world.users.update(world.stored(ada).withEnabled(true, world.clock.instant()));
        world.users.update(world.stored(ada).withEmail(new Email("ada@elsewhere.example"), world.clock.instant()));
        assertThatThrownBy(() -> world.confirmReset(token, NEW_PASSWORD))
                .as("a link mailed to the address the account left")
                .isInstanceOf(InvalidEmailTokenException.class);
        assertThat(passwordIs(ada, PASSWORD)).isTrue();
    }

    @Test
    void noEventNorExceptionHoldsTheToken() {
        String token = requestedToken();
        world.confirmReset(token, NEW_PASSWORD);
        Throwable refusal = catchThrowable(() -> world.confirmReset(token, NEW_PASSWORD));

        assertThat(world.everythingRecorded()).doesNotContain(token).doesNotContain(NEW_PASSWORD);
        assertThat(refusal.getMessage()).doesNotContain(token);
        assertThat(world.outbox.queuedTo("ada@example.com").getLast().toString())
                .doesNotContain(token);
    }
}
