package dev.gatehouse.application.mfa;

import static dev.gatehouse.application.mfa.MfaWorld.CLIENT;
import static dev.gatehouse.application.mfa.MfaWorld.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.email.AnswerPasswordResetRequestsService;
import dev.gatehouse.application.email.ConfirmPasswordResetService;
import dev.gatehouse.application.email.RequestPasswordResetService;
import dev.gatehouse.domain.email.EmailToken;
import dev.gatehouse.domain.mail.Mail;
import dev.gatehouse.domain.mail.MailTopic;
import dev.gatehouse.domain.mfa.MfaNotEnabledException;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.auth.LogInCommand;
import dev.gatehouse.domain.port.in.email.ConfirmPasswordResetCommand;
import dev.gatehouse.domain.port.in.email.RequestPasswordResetCommand;
import dev.gatehouse.domain.port.in.mfa.BreakGlassResetMfaCommand;
import dev.gatehouse.domain.port.in.mfa.ResetMfaCommand;
import dev.gatehouse.domain.token.LoginResult;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import org.junit.jupiter.api.Test;

/** Switching MFA off or resetting it mails the account a notice; a password reset leaves MFA on. */
class MfaNoticesTest {
    private final MfaWorld world = new MfaWorld();
    private final User ada = world.openUser("ada@example.com", Role.USER);

    private Mail onlyMailToAda() {
        assertThat(world.outbox.queuedTo("ada@example.com")).hasSize(1);
        return world.outbox.queuedTo("ada@example.com").getFirst();
    }

    @Test
    void switchingMfaOffMailsANotice() {
        MfaWorld.Enrolled enrolled = world.enrol(ada);

        world.disable(world.disableService(false), ada, PASSWORD, world.codeNow(enrolled.setup()));

        assertThat(onlyMailToAda().topic()).isEqualTo(MailTopic.MFA_DISABLED_NOTICE);
    }

    @Test
    void anAdminsResetMailsANoticeAndARefusedOneNothing() {
        User root = world.openAdmin();
        assertThatThrownBy(() -> world.reset.resetMfa(new ResetMfaCommand(root.id(), ada.id(), CLIENT)))
                .isInstanceOf(MfaNotEnabledException.class);
        assertThat(world.outbox.queued()).isEmpty();
        world.enrol(ada);

        world.reset.resetMfa(new ResetMfaCommand(root.id(), ada.id(), CLIENT));

        assertThat(onlyMailToAda().topic()).isEqualTo(MailTopic.MFA_RESET_NOTICE);
    }

    @Test
    void theBreakGlassResetMailsANotice() {
        world.enrol(ada);

        new BreakGlassResetMfaService(
                        world.users,
                        world.sessions,
                        world.mfaEnrolments,
                        world.notices,
                        world.securityEvents,
                        world.unitOfWork,
                        world.clock)
                .resetMfa(new BreakGlassResetMfaCommand(ada.email()));

        assertThat(onlyMailToAda().topic()).isEqualTo(MailTopic.MFA_RESET_NOTICE);
    }

    @Test
    void aPasswordResetLeavesMfaOnAndTheNextLoginAsksForTheSecondStep() {
        world.enrol(ada);
        new RequestPasswordResetService(world.resetRequests, world.unitOfWork, world.clock)
                .requestPasswordReset(new RequestPasswordResetCommand(ada.email(), CLIENT));
        new AnswerPasswordResetRequestsService(
                        world.resetRequests,
                        world.users,
                        world.tokenMails,
                        world.securityEvents,
                        world.unitOfWork,
                        world.clock)
                .answerPending(1);
        String token = world.lastLinkedTokenTo("ada@example.com");

        new ConfirmPasswordResetService(
                        world.users,
                        world.emailTokens,
                        world.sessions,
                        world.throttling,
                        world.notices,
                        world.securityEvents,
                        world.newPasswords,
                        world.unitOfWork,
                        world.clock)
                .confirmPasswordReset(new ConfirmPasswordResetCommand(
                        new EmailToken(token), new Password("a brand new secret"), CLIENT));

        assertThat(world.mfaEnrolments.find(ada.id()).orElseThrow().enabled()).isTrue();
        assertThat(world.logInService()
                        .logIn(new LogInCommand("ada@example.com", new Password("a brand new secret"), CLIENT)))
                .isInstanceOf(LoginResult.SecondFactorRequired.class);
    }
}
