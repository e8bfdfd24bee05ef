package dev.gatehouse.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.adapter.out.persistence.testing.TestDatabase;
import dev.gatehouse.application.lockout.CurrentPasswordCheck;
import dev.gatehouse.application.mfa.ConfirmTotpService;
import dev.gatehouse.application.mfa.SetUpTotpService;
import dev.gatehouse.bootstrap.GatehouseApplication;
import dev.gatehouse.bootstrap.ResetMfaCommand;
import dev.gatehouse.domain.auth.Authentication;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.common.PageRequest;
import dev.gatehouse.domain.event.AuditEvent;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.mfa.Base32;
import dev.gatehouse.domain.mfa.Totp;
import dev.gatehouse.domain.mfa.TotpSecret;
import dev.gatehouse.domain.mfa.TotpSetup;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.mfa.ConfirmTotpCommand;
import dev.gatehouse.domain.port.in.mfa.SetUpTotpCommand;
import dev.gatehouse.domain.port.out.AuditEventQueries;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.SecretSealer;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The break-glass command, run in-process as {@code java -jar gatehouse.jar reset-mfa --email …}
 * runs it, against the real PostgreSQL database a running service shares: the bootstrap admin
 * enrols through the MFA use cases, holds two sessions, and the operator's command switches the
 * MFA off, ends the sessions and earlier tokens, and audits it with no actor.
 */
@SpringBootTest(
        classes = GatehouseApplication.class,
        properties = {
            "app.bootstrap.admin.email=" + ResetMfaCommandE2ETest.ADMIN_EMAIL,
            "app.bootstrap.admin.password=" + ResetMfaCommandE2ETest.ADMIN_PASSWORD,
            "app.auth.bcrypt-cost=4"
        })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ResetMfaCommandE2ETest {
    static final String ADMIN_EMAIL = "root@example.com";
    static final String ADMIN_PASSWORD = "bootstrap admin secret";
    private static final ClientInfo CLIENT = new ClientInfo("192.0.2.9", "break-glass-test/1");

    private static TestDatabase database;

    @Autowired
    private UserRepository users;

    @Autowired
    private SessionRepository sessions;

    @Autowired
    private MfaEnrolmentStore enrolments;

    @Autowired
    private SecretSealer sealer;

    @Autowired
    private SecurityEventLog securityEvents;

    @Autowired
    private AuditEventQueries auditEvents;

    @Autowired
    private CurrentPasswordCheck currentPasswordCheck;

    @Autowired
    private UnitOfWork unitOfWork;

    @Autowired
    private Clock clock;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        database = TestDatabase.registerNew(registry);
    }

    @Test
    void switchesTheAdminsMfaOffEndsItsSessionsAndAuditsItWithNoActor(CapturedOutput output) {
        User admin = users.findByEmail(new Email(ADMIN_EMAIL)).orElseThrow();
        String totpSecret = enrol(admin.id());
        Session first = openSession(admin.id());
        Session second = openSession(admin.id());
        Instant beforeReset = clock.instant();

        int status = resetMfa("--email", ADMIN_EMAIL);

        assertThat(status).as(output.getAll()).isZero();
        assertThat(enrolments.find(admin.id())).isEmpty();
        assertThat(enrolments.remainingRecoveryCodes(admin.id())).isZero();
        assertThat(Stream.of(first, second)
                        .map(session ->
                                sessions.findById(session.id()).orElseThrow().revokedAt()))
                .allSatisfy(revokedAt -> assertThat(revokedAt).isAfterOrEqualTo(beforeReset));
        assertThat(users.findById(admin.id()).orElseThrow().tokensValidAfter()).isAfterOrEqualTo(beforeReset);
        assertThat(auditEvents
                        .search(admin.id(), SecurityEventType.MFA_RESET, new PageRequest(0, 10))
                        .items())
                .singleElement()
                .extracting(AuditEvent::event)
                .satisfies(event -> {
                    assertThat(event.actorId()).isNull();
                    assertThat(event.userId()).isEqualTo(admin.id());
                    assertThat(event.details())
                            .isEqualTo(Map.of("revokedSessions", "2", "source", "break-glass-command"));
                });
        assertThat(output.getAll())
                .contains("reset-mfa: MFA is off for " + ADMIN_EMAIL + " (account " + admin.id()
                        + "); 2 session(s) revoked")
                .doesNotContain(totpSecret);
    }

    @Test
    void refusesAnAccountWithoutMfaAndAnUnknownEmailChangingNothing(CapturedOutput output) {
        User admin = users.findByEmail(new Email(ADMIN_EMAIL)).orElseThrow();
        Session session = openSession(admin.id());

        assertThat(resetMfa("--email=" + ADMIN_EMAIL)).isEqualTo(1);
        assertThat(output.getAll()).contains("reset-mfa: " + ADMIN_EMAIL + " does not have MFA on; nothing changed");
        assertThat(resetMfa("--email", "nobody@example.com")).isEqualTo(1);
        assertThat(output.getAll()).contains("reset-mfa: no account has the email nobody@example.com");

        assertThat(sessions.findById(session.id()).orElseThrow().revokedAt()).isNull();
        assertThat(securityEventsOfType(admin.id(), SecurityEventType.MFA_RESET))
                .as("no reset since the other test's")
                .hasSizeLessThanOrEqualTo(1);
    }

    /** The command with these arguments after its name, against this class's database. */
    private static int resetMfa(String... arguments) {
        List<String> args = Stream.concat(
                        Stream.of("reset-mfa"),
                        Stream.concat(
                                Stream.of(arguments),
                                Stream.of(
                                        "--spring.datasource.url=" + database.url(),
                                        "--spring.datasource.username=" + database.username(),
                                        "--spring.datasource.password=" + database.password())))
                .toList();
        return ResetMfaCommand.run(args.toArray(String[]::new));
    }

    /** Enrols the account through the use cases, as the enrolment endpoints do; returns its TOTP secret. */
    private String enrol(UserId account) {
        TotpSetup setup = new SetUpTotpService(
                        users, enrolments, sealer, currentPasswordCheck, unitOfWork, clock, "Gatehouse")
                .setUpTotp(new SetUpTotpCommand(account, new Password(ADMIN_PASSWORD), CLIENT));
        Totp totp = new Totp();
        String code = totp.codeAt(TotpSecret.of(Base32.decode(setup.secret())), totp.stepAt(clock.instant()));
        new ConfirmTotpService(users, sessions, enrolments, sealer, securityEvents, unitOfWork, clock)
                .confirmTotp(new ConfirmTotpCommand(account, code, CLIENT));
        assertThat(enrolments.find(account).orElseThrow().enabled()).isTrue();
        return setup.secret();
    }

    /** A session as a completed login leaves it (the two-step login is not this test's subject). */
    private Session openSession(UserId account) {
        Instant now = clock.instant();
        Session session = new Session(
                SessionId.newId(),
                account,
                now,
                now,
                now.plus(Duration.ofDays(30)),
                null,
                CLIENT,
                Authentication.byPasswordAndTotp(now));
        unitOfWork.run(() -> sessions.open(session, "refresh-hash-" + session.id(), now.plus(Duration.ofDays(14))));
        return session;
    }

    private List<SecurityEvent> securityEventsOfType(UserId account, SecurityEventType type) {
        return auditEvents.search(account, type, new PageRequest(0, 10)).items().stream()
                .map(AuditEvent::event)
                .toList();
    }
}
