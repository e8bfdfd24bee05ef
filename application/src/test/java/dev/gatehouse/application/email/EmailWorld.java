package dev.gatehouse.application.email;

import dev.gatehouse.application.Fixtures;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.email.EmailToken;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.mail.Mail;
import dev.gatehouse.domain.mail.MailTopic;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.email.ConfirmEmailChangeCommand;
import dev.gatehouse.domain.port.in.email.ConfirmPasswordResetCommand;
import dev.gatehouse.domain.port.in.email.RequestEmailChangeCommand;
import dev.gatehouse.domain.port.in.email.RequestPasswordResetCommand;
import dev.gatehouse.domain.port.in.email.ResendEmailVerificationCommand;
import dev.gatehouse.domain.port.in.email.VerifyEmailCommand;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserView;
import java.util.List;
import java.util.Set;

/** The application's in-memory world with the email services built over it, and the steps tests repeat. */
class EmailWorld extends Fixtures {
    static final String PASSWORD = "correct horse battery";
    static final String NEW_PASSWORD = "a brand new secret";
    static final ClientInfo CLIENT = new ClientInfo("192.0.2.7", "mail-test/1");

    final RequestPasswordResetService requestReset = new RequestPasswordResetService(resetRequests, unitOfWork, clock);
    final AnswerPasswordResetRequestsService answerResets =
            new AnswerPasswordResetRequestsService(resetRequests, users, tokenMails, securityEvents, unitOfWork, clock);
    final ConfirmPasswordResetService confirmReset = new ConfirmPasswordResetService(
            users, emailTokens, sessions, throttling, notices, securityEvents, newPasswords, unitOfWork, clock);
    final VerifyEmailService verify = new VerifyEmailService(users, emailTokens, securityEvents, unitOfWork, clock);
    final ResendEmailVerificationService resend =
            new ResendEmailVerificationService(users, tokenMails, unitOfWork, clock);
    final RequestEmailChangeService requestChange = new RequestEmailChangeService(
            users, currentPasswordCheck, tokenMails, notices, securityEvents, unitOfWork, clock);
    final ConfirmEmailChangeService confirmChange = new ConfirmEmailChangeService(
            users, emailTokens, mfaEnrolments, notices, securityEvents, unitOfWork, clock);

    /** A USER account in use (address verified), with {@link #PASSWORD}. */
    User openUser(String email) {
        return openAccount(new Email(email), new Password(PASSWORD), null, Set.of(Role.USER));
    }

    User stored(User user) {
        return users.findById(user.id()).orElseThrow();
    }

    /** Requests a reset link and has the queue answered, as the worker soon would. */
    void requestReset(String email) {
        queueResetRequest(email);
        answerResets.answerPending(100);
    }

    /** Only what the request endpoint does. */
    void queueResetRequest(String email) {
        requestReset.requestPasswordReset(new RequestPasswordResetCommand(new Email(email), CLIENT));
    }

    void confirmReset(String token, String newPassword) {
        confirmReset.confirmPasswordReset(
                new ConfirmPasswordResetCommand(new EmailToken(token), new Password(newPassword), CLIENT));
    }

    void verify(String token) {
        verify.verifyEmail(new VerifyEmailCommand(new EmailToken(token), CLIENT));
    }

    void resend(User user) {
        resend.resendEmailVerification(new ResendEmailVerificationCommand(user.id(), CLIENT));
    }

    void requestChange(User user, String newEmail, String currentPassword) {
        requestChange.requestEmailChange(
                new RequestEmailChangeCommand(user.id(), new Email(newEmail), new Password(currentPassword), CLIENT));
    }

    UserView confirmChange(String token) {
        return confirmChange.confirmEmailChange(new ConfirmEmailChangeCommand(new EmailToken(token), CLIENT));
    }

    List<MailTopic> topicsTo(String address) {
        return outbox.queuedTo(address).stream().map(Mail::topic).toList();
    }

    /** Every value of every recorded event's details, and its type, as one text to search a secret in. */
    String everythingRecorded() {
        return securityEvents.events().stream().map(SecurityEvent::toString).reduce("", String::concat);
    }
}
