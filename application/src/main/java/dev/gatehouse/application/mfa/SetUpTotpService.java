package dev.gatehouse.application.mfa;

import dev.gatehouse.application.lockout.CurrentPasswordCheck;
import dev.gatehouse.application.user.CallerAccounts;
import dev.gatehouse.domain.mfa.MfaAlreadyEnabledException;
import dev.gatehouse.domain.mfa.SealedSecret;
import dev.gatehouse.domain.mfa.Totp;
import dev.gatehouse.domain.mfa.TotpSecret;
import dev.gatehouse.domain.mfa.TotpSetup;
import dev.gatehouse.domain.port.in.mfa.SetUpTotpCommand;
import dev.gatehouse.domain.port.in.mfa.SetUpTotpUseCase;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.SecretSealer;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.User;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * Starts a TOTP enrolment after proving the caller knows the current password (a wrong one counts
 * towards the account's lockout, see {@link CurrentPasswordCheck}): a new secret, stored sealed and
 * pending (replacing a pending one) until a first code confirms it, and answered this once. The
 * slow password check runs outside the transaction; the write locks the account first, as every
 * MFA write does, so that it waits for a confirmation or a switch-off of the same account.
 */
public final class SetUpTotpService implements SetUpTotpUseCase {
    private final CallerAccounts callers;
    private final MfaEnrolmentStore enrolments;
    private final SecretSealer sealer;
    private final CurrentPasswordCheck currentPasswords;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final String issuer;
    private final SecureRandom random = new SecureRandom();

    /** @param issuer who the authenticator app shows the account under (the deployment's name) */
    public SetUpTotpService(
            UserRepository users,
            MfaEnrolmentStore enrolments,
            SecretSealer sealer,
            CurrentPasswordCheck currentPasswords,
            UnitOfWork unitOfWork,
            Clock clock,
            String issuer) {
        this.callers = new CallerAccounts(users);
        this.enrolments = enrolments;
        this.sealer = sealer;
        this.currentPasswords = currentPasswords;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.issuer = issuer;
    }

    @Override
    public TotpSetup setUpTotp(SetUpTotpCommand command) {
        User user = callers.find(command.self());
        currentPasswords.verify(user, command.currentPassword(), command.client());
        TotpSecret secret = TotpSecret.generate(random);
        SealedSecret sealed = sealer.seal(secret.bytes());
        Email email = unitOfWork.inTransaction(() -> {
            User current = callers.lock(command.self());
            if (!enrolments.savePending(current.id(), sealed, clock.instant())) {
                throw new MfaAlreadyEnabledException();
            }
            return current.email();
        });
        return new TotpSetup(secret.base32(), otpauthUri(secret, email));
    }

    /** Google's Key URI format, with the parameters {@link Totp} uses spelled out for every app. */
    private String otpauthUri(TotpSecret secret, Email email) {
        String encodedIssuer = encoded(issuer);
        return "otpauth://totp/" + encodedIssuer + ":" + encoded(email.value())
                + "?secret=" + secret.base32()
                + "&issuer=" + encodedIssuer
                + "&algorithm=" + Totp.ALGORITHM
                + "&digits=" + Totp.DIGITS
                + "&period=" + Totp.STEP_SECONDS;
    }

    /** Percent-encoded, a space as {@code %20} (a URI path and query, not a form). */
    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
