package dev.gatehouse.application.email;

import dev.gatehouse.application.email.mailing.EmailTokenMails;
import dev.gatehouse.application.user.CallerAccounts;
import dev.gatehouse.domain.email.EmailAlreadyVerifiedException;
import dev.gatehouse.domain.email.EmailTokenPurpose;
import dev.gatehouse.domain.port.in.email.ResendEmailVerificationCommand;
import dev.gatehouse.domain.port.in.email.ResendEmailVerificationUseCase;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.User;
import java.time.Clock;

/**
 * Mails the caller a new verification link, superseding the earlier ones, unless one went out less
 * than {@link EmailTokenMails#MAIL_INTERVAL} ago (then the request is accepted and sends nothing).
 * The caller's account is locked first, so two requests at once send one mail.
 */
public final class ResendEmailVerificationService implements ResendEmailVerificationUseCase {
    private final CallerAccounts callers;
    private final EmailTokenMails tokenMails;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ResendEmailVerificationService(
            UserRepository users, EmailTokenMails tokenMails, UnitOfWork unitOfWork, Clock clock) {
        this.callers = new CallerAccounts(users);
        this.tokenMails = tokenMails;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void resendEmailVerification(ResendEmailVerificationCommand command) {
        unitOfWork.run(() -> {
            User user = callers.lock(command.self());
            if (user.emailVerified()) {
                throw new EmailAlreadyVerifiedException();
            }
            tokenMails.sendUnlessRecent(user.id(), EmailTokenPurpose.VERIFY_EMAIL, user.email(), clock.instant());
        });
    }
}
