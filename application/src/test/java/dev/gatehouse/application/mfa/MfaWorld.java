package dev.gatehouse.application.mfa;

import dev.gatehouse.application.Fixtures;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.mfa.Base32;
import dev.gatehouse.domain.mfa.Totp;
import dev.gatehouse.domain.mfa.TotpSecret;
import dev.gatehouse.domain.mfa.TotpSetup;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.mfa.ConfirmTotpCommand;
import dev.gatehouse.domain.port.in.mfa.DisableMfaCommand;
import dev.gatehouse.domain.port.in.mfa.SetUpTotpCommand;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** The application's in-memory world with the MFA services built over it, and the steps tests repeat. */
class MfaWorld extends Fixtures {
    static final String PASSWORD = "correct horse battery";
    static final String ISSUER = "Gate House";
    static final ClientInfo CLIENT = new ClientInfo("192.0.2.4", "authenticator-test/1");

    final Totp totp = new Totp();
    final GetMfaStatusService status = new GetMfaStatusService(users, mfaEnrolments);
    final SetUpTotpService setUp =
            new SetUpTotpService(users, mfaEnrolments, sealer, currentPasswordCheck, unitOfWork, clock, ISSUER);
    final ConfirmTotpService confirm =
            new ConfirmTotpService(users, sessions, mfaEnrolments, sealer, securityEvents, unitOfWork, clock);
    final RegenerateRecoveryCodesService regenerate = new RegenerateRecoveryCodesService(
            users, mfaEnrolments, sealer, securityEvents, secondFactorCheck, unitOfWork, clock);
    final ResetMfaService reset =
            new ResetMfaService(users, sessions, mfaEnrolments, notices, securityEvents, unitOfWork, clock);

    /** Switch-off with MFA required for admins as {@code requiredForAdmins} says. */
    DisableMfaService disableService(boolean requiredForAdmins) {
        return new DisableMfaService(
                users,
                sessions,
                mfaEnrolments,
                sealer,
                securityEvents,
                currentPasswordCheck,
                secondFactorCheck,
                notices,
                unitOfWork,
                clock,
                requiredForAdmins);
    }

    User openUser(String email, Role role) {
        return openAccount(new Email(email), new Password(PASSWORD), null, Set.of(role));
    }

    Session openSession(User user) {
        return openSession(user, "hash-" + SessionId.newId(), CLIENT);
    }

    TotpSetup setUp(User user) {
        return setUp.setUpTotp(new SetUpTotpCommand(user.id(), new Password(PASSWORD), CLIENT));
    }

    /** The code an app holding {@code setup}'s secret shows {@code stepsFromNow} steps from the clock's now. */
    String code(TotpSetup setup, int stepsFromNow) {
        TotpSecret secret = TotpSecret.of(Base32.decode(setup.secret()));
        return totp.codeAt(secret, totp.stepAt(clock.instant()) + stepsFromNow);
    }

    String codeNow(TotpSetup setup) {
        return code(setup, 0);
    }

    List<String> confirm(User user, String code) {
        return confirm.confirmTotp(new ConfirmTotpCommand(user.id(), code, CLIENT));
    }

    /** An enrolled account, as a user leaves it after setup and confirmation; the clock then moves to the next step. */
    Enrolled enrol(User user) {
        TotpSetup setup = setUp(user);
        List<String> recoveryCodes = confirm(user, codeNow(setup));
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        return new Enrolled(setup, recoveryCodes);
    }

    void disable(DisableMfaService service, User user, String password, String code) {
        service.disableMfa(new DisableMfaCommand(user.id(), new Password(password), code, CLIENT));
    }

    record Enrolled(TotpSetup setup, List<String> recoveryCodes) {}
}
