package dev.gatehouse.bootstrap;

import dev.gatehouse.application.email.AnswerPasswordResetRequestsService;
import dev.gatehouse.application.email.ConfirmEmailChangeService;
import dev.gatehouse.application.email.ConfirmPasswordResetService;
import dev.gatehouse.application.email.CountWaitingPasswordResetRequestsService;
import dev.gatehouse.application.email.PurgeExpiredEmailTokensService;
import dev.gatehouse.application.email.RequestEmailChangeService;
import dev.gatehouse.application.email.RequestPasswordResetService;
import dev.gatehouse.application.email.ResendEmailVerificationService;
import dev.gatehouse.application.email.VerifyEmailService;
import dev.gatehouse.application.email.mailing.EmailTokenMails;
import dev.gatehouse.application.email.mailing.MailComposer;
import dev.gatehouse.application.email.mailing.MailLinks;
import dev.gatehouse.application.email.mailing.SecurityNotices;
import dev.gatehouse.application.lockout.CurrentPasswordCheck;
import dev.gatehouse.application.lockout.LoginThrottling;
import dev.gatehouse.application.password.NewPasswords;
import dev.gatehouse.domain.port.in.email.ConfirmEmailChangeUseCase;
import dev.gatehouse.domain.port.in.email.ConfirmPasswordResetUseCase;
import dev.gatehouse.domain.port.in.email.CountWaitingPasswordResetRequestsUseCase;
import dev.gatehouse.domain.port.in.email.PurgeExpiredEmailTokensUseCase;
import dev.gatehouse.domain.port.in.email.RequestEmailChangeUseCase;
import dev.gatehouse.domain.port.in.email.RequestPasswordResetUseCase;
import dev.gatehouse.domain.port.in.email.ResendEmailVerificationUseCase;
import dev.gatehouse.domain.port.in.email.VerifyEmailUseCase;
import dev.gatehouse.domain.port.out.EmailTokenStore;
import dev.gatehouse.domain.port.out.MailOutbox;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.PasswordResetRequestQueue;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The email flows (verification, password reset, email change) and what the other use cases mail
 * with: the texts ({@link MailComposer}, from {@code app.mail}), the notices, the link mails. The
 * mail itself goes to the outbox ({@link MailOutbox}); delivering it is the outbox sender's job.
 */
@Configuration(proxyBeanMethods = false)
public class EmailUseCaseConfiguration {

    /**
     * The texts, from the product name and the link templates; a template without {@code {token}}
     * stops the start-up, naming its setting. Also used by the break-glass context, for its notice.
     */
    static MailComposer mailComposer(GatehouseProperties.Mail mail) {
        GatehouseProperties.Links links = mail.links();
        return new MailComposer(
                mail.productName(), new MailLinks(links.verifyEmail(), links.passwordReset(), links.emailChange()));
    }

    @Bean
    MailComposer mailComposer(GatehouseProperties properties) {
        return mailComposer(properties.mail());
    }

    @Bean
    SecurityNotices securityNotices(MailOutbox mailOutbox, MailComposer mailComposer) {
        return new SecurityNotices(mailOutbox, mailComposer);
    }

    @Bean
    EmailTokenMails emailTokenMails(EmailTokenStore emailTokenStore, MailOutbox mailOutbox, MailComposer mailComposer) {
        return new EmailTokenMails(emailTokenStore, mailOutbox, mailComposer, new SecureRandom());
    }

    @Bean
    RequestPasswordResetUseCase requestPasswordResetUseCase(
            PasswordResetRequestQueue resetRequests, UnitOfWork unitOfWork, Clock clock) {
        return new RequestPasswordResetService(resetRequests, unitOfWork, clock);
    }

    @Bean
    CountWaitingPasswordResetRequestsUseCase countWaitingPasswordResetRequestsUseCase(
            PasswordResetRequestQueue resetRequests) {
        return new CountWaitingPasswordResetRequestsService(resetRequests);
    }

    /** Answers what the request endpoint queued, on every instance, with or without an SMTP server. */
    @Bean
    PasswordResetRequestWorker passwordResetRequestWorker(
            PasswordResetRequestQueue resetRequests,
            UserRepository users,
            EmailTokenMails emailTokenMails,
            SecurityEventLog securityEventLog,
            UnitOfWork unitOfWork,
            Clock clock) {
        return new PasswordResetRequestWorker(
                new AnswerPasswordResetRequestsService(
                        resetRequests, users, emailTokenMails, securityEventLog, unitOfWork, clock),
                PasswordResetRequestWorker.POLL);
    }

    @Bean
    ConfirmPasswordResetUseCase confirmPasswordResetUseCase(
            UserRepository users,
            EmailTokenStore emailTokenStore,
            SessionRepository sessions,
            LoginThrottling loginThrottling,
            SecurityNotices securityNotices,
            SecurityEventLog securityEventLog,
            NewPasswords newPasswords,
            UnitOfWork unitOfWork,
            Clock clock) {
        return new ConfirmPasswordResetService(
                users,
                emailTokenStore,
                sessions,
                loginThrottling,
                securityNotices,
                securityEventLog,
                newPasswords,
                unitOfWork,
                clock);
    }

    @Bean
    VerifyEmailUseCase verifyEmailUseCase(
            UserRepository users,
            EmailTokenStore emailTokenStore,
            SecurityEventLog securityEventLog,
            UnitOfWork unitOfWork,
            Clock clock) {
        return new VerifyEmailService(users, emailTokenStore, securityEventLog, unitOfWork, clock);
    }

    @Bean
    ResendEmailVerificationUseCase resendEmailVerificationUseCase(
            UserRepository users, EmailTokenMails emailTokenMails, UnitOfWork unitOfWork, Clock clock) {
        return new ResendEmailVerificationService(users, emailTokenMails, unitOfWork, clock);
    }

    @Bean
    RequestEmailChangeUseCase requestEmailChangeUseCase(
            UserRepository users,
            CurrentPasswordCheck currentPasswordCheck,
            EmailTokenMails emailTokenMails,
            SecurityNotices securityNotices,
            SecurityEventLog securityEventLog,
            UnitOfWork unitOfWork,
            Clock clock) {
        return new RequestEmailChangeService(
                users, currentPasswordCheck, emailTokenMails, securityNotices, securityEventLog, unitOfWork, clock);
    }

    @Bean
    ConfirmEmailChangeUseCase confirmEmailChangeUseCase(
            UserRepository users,
            EmailTokenStore emailTokenStore,
            MfaEnrolmentStore mfaEnrolments,
            SecurityNotices securityNotices,
            SecurityEventLog securityEventLog,
            UnitOfWork unitOfWork,
            Clock clock) {
        return new ConfirmEmailChangeService(
                users, emailTokenStore, mfaEnrolments, securityNotices, securityEventLog, unitOfWork, clock);
    }

    @Bean
    PurgeExpiredEmailTokensUseCase purgeExpiredEmailTokensUseCase(
            EmailTokenStore emailTokenStore, UnitOfWork unitOfWork, Clock clock) {
        return new PurgeExpiredEmailTokensService(emailTokenStore, unitOfWork, clock);
    }
}
