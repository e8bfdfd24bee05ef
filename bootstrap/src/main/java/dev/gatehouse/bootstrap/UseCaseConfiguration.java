package dev.gatehouse.bootstrap;

import dev.gatehouse.application.admin.CreateUserService;
import dev.gatehouse.application.admin.DeleteUserService;
import dev.gatehouse.application.admin.EnsureBootstrapAdminService;
import dev.gatehouse.application.admin.GetUserService;
import dev.gatehouse.application.admin.ListUsersService;
import dev.gatehouse.application.admin.UpdateUserService;
import dev.gatehouse.application.audit.ListAuditEventsService;
import dev.gatehouse.application.audit.PurgeExpiredAuditEventsService;
import dev.gatehouse.application.auth.AccessTokenMinter;
import dev.gatehouse.application.auth.AccessTokenStandingService;
import dev.gatehouse.application.auth.CredentialCheck;
import dev.gatehouse.application.auth.LogInService;
import dev.gatehouse.application.auth.LogOutService;
import dev.gatehouse.application.auth.MfaLoginChallenges;
import dev.gatehouse.application.auth.PurgeEndedSessionsService;
import dev.gatehouse.application.auth.RefreshTokensService;
import dev.gatehouse.application.auth.RegisterUserService;
import dev.gatehouse.application.auth.SessionTokens;
import dev.gatehouse.application.email.mailing.EmailTokenMails;
import dev.gatehouse.application.email.mailing.SecurityNotices;
import dev.gatehouse.application.key.FindVerificationKeyService;
import dev.gatehouse.application.key.ListVerificationKeysService;
import dev.gatehouse.application.key.PurgeRetiredSigningKeysService;
import dev.gatehouse.application.key.RotateSigningKeyService;
import dev.gatehouse.application.key.SigningKeyRing;
import dev.gatehouse.application.lockout.CurrentPasswordCheck;
import dev.gatehouse.application.lockout.LoginThrottling;
import dev.gatehouse.application.lockout.PurgeIdleLoginThrottlesService;
import dev.gatehouse.application.lockout.SecondFactorCheck;
import dev.gatehouse.application.mfa.CompleteMfaLoginService;
import dev.gatehouse.application.mfa.ConfirmTotpService;
import dev.gatehouse.application.mfa.DisableMfaService;
import dev.gatehouse.application.mfa.GetMfaStatusService;
import dev.gatehouse.application.mfa.PurgeExpiredMfaChallengesService;
import dev.gatehouse.application.mfa.RegenerateRecoveryCodesService;
import dev.gatehouse.application.mfa.ResetMfaService;
import dev.gatehouse.application.mfa.SetUpTotpService;
import dev.gatehouse.application.password.NewPasswords;
import dev.gatehouse.application.user.AccountOpener;
import dev.gatehouse.application.user.ChangeOwnPasswordService;
import dev.gatehouse.application.user.GetOwnProfileService;
import dev.gatehouse.application.user.ListOwnSessionsService;
import dev.gatehouse.application.user.RevokeOwnSessionService;
import dev.gatehouse.application.user.UpdateOwnProfileService;
import dev.gatehouse.domain.password.CommonPasswords;
import dev.gatehouse.domain.password.PasswordPolicy;
import dev.gatehouse.domain.port.in.admin.CreateUserUseCase;
import dev.gatehouse.domain.port.in.admin.DeleteUserUseCase;
import dev.gatehouse.domain.port.in.admin.EnsureBootstrapAdminUseCase;
import dev.gatehouse.domain.port.in.admin.GetUserUseCase;
import dev.gatehouse.domain.port.in.admin.ListUsersUseCase;
import dev.gatehouse.domain.port.in.admin.UpdateUserUseCase;
import dev.gatehouse.domain.port.in.audit.ListAuditEventsUseCase;
import dev.gatehouse.domain.port.in.audit.PurgeExpiredAuditEventsUseCase;
import dev.gatehouse.domain.port.in.auth.CheckAccessTokenStandingUseCase;
import dev.gatehouse.domain.port.in.auth.LogInUseCase;
import dev.gatehouse.domain.port.in.auth.LogOutUseCase;
import dev.gatehouse.domain.port.in.auth.PurgeEndedSessionsUseCase;
import dev.gatehouse.domain.port.in.auth.PurgeIdleLoginThrottlesUseCase;
import dev.gatehouse.domain.port.in.auth.RefreshTokensUseCase;
import dev.gatehouse.domain.port.in.auth.RegisterUserUseCase;
import dev.gatehouse.domain.port.in.key.FindVerificationKeyUseCase;
import dev.gatehouse.domain.port.in.key.ListVerificationKeysUseCase;
import dev.gatehouse.domain.port.in.key.PurgeRetiredSigningKeysUseCase;
import dev.gatehouse.domain.port.in.key.RotateSigningKeyUseCase;
import dev.gatehouse.domain.port.in.mfa.CompleteMfaLoginUseCase;
import dev.gatehouse.domain.port.in.mfa.ConfirmTotpUseCase;
import dev.gatehouse.domain.port.in.mfa.DisableMfaUseCase;
import dev.gatehouse.domain.port.in.mfa.GetMfaStatusUseCase;
import dev.gatehouse.domain.port.in.mfa.PurgeExpiredMfaChallengesUseCase;
import dev.gatehouse.domain.port.in.mfa.RegenerateRecoveryCodesUseCase;
import dev.gatehouse.domain.port.in.mfa.ResetMfaUseCase;
import dev.gatehouse.domain.port.in.mfa.SetUpTotpUseCase;
import dev.gatehouse.domain.port.in.user.ChangeOwnPasswordUseCase;
import dev.gatehouse.domain.port.in.user.GetOwnProfileUseCase;
import dev.gatehouse.domain.port.in.user.ListOwnSessionsUseCase;
import dev.gatehouse.domain.port.in.user.RevokeOwnSessionUseCase;
import dev.gatehouse.domain.port.in.user.UpdateOwnProfileUseCase;
import dev.gatehouse.domain.port.out.AccessTokenSigner;
import dev.gatehouse.domain.port.out.AuditEventQueries;
import dev.gatehouse.domain.port.out.AuthenticationMetrics;
import dev.gatehouse.domain.port.out.BootstrapAdminRecord;
import dev.gatehouse.domain.port.out.LoginThrottleStore;
import dev.gatehouse.domain.port.out.MfaChallengeStore;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.PasswordHasher;
import dev.gatehouse.domain.port.out.SecretSealer;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.SigningKeyStore;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.port.out.UserViewQueries;
import dev.gatehouse.domain.token.ClockSkew;
import dev.gatehouse.domain.token.TokenLifetimes;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The use cases, wired by hand from the driven ports. The services know nothing of Spring; each
 * opens its own unit of work through the {@link UnitOfWork} port. The {@link Clock} comes from
 * {@link ClockConfiguration}. The email flows, and what the others mail with, are in {@link
 * EmailUseCaseConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@Import(EmailUseCaseConfiguration.class)
public class UseCaseConfiguration {

    @Bean
    TokenLifetimes tokenLifetimes(GatehouseProperties properties) {
        GatehouseProperties.Auth auth = properties.auth();
        return new TokenLifetimes(auth.accessTokenTtl(), auth.refreshTokenTtl(), auth.sessionTtl());
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return new PasswordPolicy(CommonPasswords.bundled());
    }

    @Bean
    NewPasswords newPasswords(PasswordPolicy passwordPolicy, PasswordHasher passwordHasher) {
        return new NewPasswords(passwordPolicy, passwordHasher);
    }

    @Bean
    AccountOpener accountOpener(
            UserRepository users, NewPasswords newPasswords, EmailTokenMails emailTokenMails, Clock clock) {
        return new AccountOpener(users, newPasswords, emailTokenMails, clock);
    }

    /** The one skew both the token decoder and the key ring's retention reckon with. */
    @Bean
    ClockSkew clockSkew() {
        return ClockSkew.CONTRACT;
    }

    /** Loaded as the context starts (after Flyway, which the store's DSLContext waits for). */
    @Bean(initMethod = "load")
    SigningKeyRing signingKeyRing(
            SigningKeyStore signingKeyStore, TokenLifetimes tokenLifetimes, ClockSkew clockSkew, Clock clock) {
        return new SigningKeyRing(signingKeyStore, tokenLifetimes, clockSkew, clock);
    }

    @Bean
    AccessTokenMinter accessTokenMinter(
            AccessTokenSigner tokenIssuer, SigningKeyRing signingKeyRing, TokenLifetimes tokenLifetimes) {
        return new AccessTokenMinter(tokenIssuer, signingKeyRing, tokenLifetimes);
    }

    @Bean
    ListVerificationKeysUseCase listVerificationKeysUseCase(SigningKeyRing signingKeyRing) {
        return new ListVerificationKeysService(signingKeyRing);
    }

    @Bean
    FindVerificationKeyUseCase findVerificationKeyUseCase(SigningKeyRing signingKeyRing) {
        return new FindVerificationKeyService(signingKeyRing);
    }

    @Bean
    RotateSigningKeyUseCase rotateSigningKeyUseCase(
            SigningKeyStore signingKeyStore,
            SigningKeyRing signingKeyRing,
            SecurityEventLog securityEventLog,
            UnitOfWork unitOfWork,
            Clock clock) {
        return new RotateSigningKeyService(signingKeyStore, signingKeyRing, securityEventLog, unitOfWork, clock);
    }

    @Bean
    CheckAccessTokenStandingUseCase checkAccessTokenStandingUseCase(UserRepository users, Clock clock) {
        return new AccessTokenStandingService(users, clock);
    }

    @Bean
    SessionTokens sessionTokens(
            SessionRepository sessions, AccessTokenMinter accessTokenMinter, TokenLifetimes tokenLifetimes) {
        return new SessionTokens(sessions, accessTokenMinter, tokenLifetimes);
    }

    @Bean
    LoginThrottling loginThrottling(
            LoginThrottleStore loginThrottleStore,
            SecurityEventLog securityEventLog,
            UnitOfWork unitOfWork,
            Clock clock) {
        return new LoginThrottling(loginThrottleStore, securityEventLog, unitOfWork, clock);
    }

    @Bean
    CredentialCheck credentialCheck(PasswordHasher passwordHasher) {
        return new CredentialCheck(passwordHasher);
    }

    @Bean
    RefreshTokensUseCase refreshTokensUseCase(
            SessionRepository sessions,
            UserRepository users,
            SessionTokens sessionTokens,
            SecurityEventLog securityEventLog,
            UnitOfWork unitOfWork,
            AuthenticationMetrics metrics,
            GatehouseProperties properties,
            Clock clock) {
        return new RefreshTokensService(
                sessions,
                users,
                sessionTokens,
                securityEventLog,
                unitOfWork,
                properties.auth().refreshTokenReuseLeeway(),
                metrics,
                clock);
    }

    @Bean
    LogOutUseCase logOutUseCase(
            SessionRepository sessions,
            UserRepository users,
            SecurityEventLog securityEventLog,
            UnitOfWork unitOfWork,
            Clock clock) {
        return new LogOutService(sessions, securityEventLog, unitOfWork, clock);
    }

    @Bean
    ListOwnSessionsUseCase listOwnSessionsUseCase(UserRepository users, SessionRepository sessions, Clock clock) {
        return new ListOwnSessionsService(users, sessions, clock);
    }

    @Bean
    RevokeOwnSessionUseCase revokeOwnSessionUseCase(
            UserRepository users,
            SessionRepository sessions,
            SecurityEventLog securityEventLog,
            UnitOfWork unitOfWork,
            Clock clock) {
        return new RevokeOwnSessionService(users, sessions, securityEventLog, unitOfWork, clock);
    }

    @Bean
    PurgeEndedSessionsUseCase purgeEndedSessionsUseCase(
            SessionRepository sessions, UnitOfWork unitOfWork, Clock clock) {
        return new PurgeEndedSessionsService(sessions, unitOfWork, clock);
    }

    @Bean
    RegisterUserUseCase registerUserUseCase(
            AccountOpener accountOpener,
            SecurityEventLog securityEventLog,
            UnitOfWork unitOfWork,
            GatehouseProperties properties) {
        return new RegisterUserService(
                accountOpener, securityEventLog, unitOfWork, properties.auth().selfRegistrationEnabled());
    }

    @Bean
    MfaLoginChallenges mfaLoginChallenges(MfaEnrolmentStore mfaEnrolments, MfaChallengeStore mfaChallenges) {
        return new MfaLoginChallenges(mfaEnrolments, mfaChallenges);
    }

    @Bean
    LogInUseCase logInUseCase(
            UserRepository users,
            LoginThrottling loginThrottling,
            CredentialCheck credentialCheck,
            SessionTokens sessionTokens,
            MfaLoginChallenges mfaLoginChallenges,
            SecurityEventLog securityEventLog,
            UnitOfWork unitOfWork,
            AuthenticationMetrics metrics,
            Clock clock,
            GatehouseProperties properties) {
        return new LogInService(
                users,
                loginThrottling,
                credentialCheck,
                sessionTokens,
                mfaLoginChallenges,
                securityEventLog,
                unitOfWork,
                metrics,
                clock,
                properties.auth().requireVerifiedEmail());
    }

    @Bean
    CompleteMfaLoginUseCase completeMfaLoginUseCase(
            UserRepository users,
            MfaEnrolmentStore mfaEnrolments,
            MfaChallengeStore mfaChallenges,
            SecretSealer secretSealer,
            LoginThrottling loginThrottling,
            SessionTokens sessionTokens,
            SecurityEventLog securityEventLog,
            UnitOfWork unitOfWork,
            AuthenticationMetrics metrics,
            Clock clock) {
        return new CompleteMfaLoginService(
                users,
                mfaEnrolments,
                mfaChallenges,
                secretSealer,
                loginThrottling,
                sessionTokens,
                securityEventLog,
                unitOfWork,
                metrics,
                clock);
    }

    @Bean
    GetOwnProfileUseCase getOwnProfileUseCase(UserViewQueries userViews) {
        return new GetOwnProfileService(userViews);
    }

    @Bean
    UpdateOwnProfileUseCase updateOwnProfileUseCase(
            UserRepository users,
            MfaEnrolmentStore mfaEnrolments,
            SecurityEventLog securityEventLog,
            UnitOfWork unitOfWork,
            Clock clock) {
        return new UpdateOwnProfileService(users, mfaEnrolments, securityEventLog, unitOfWork, clock);
    }

    @Bean
    CurrentPasswordCheck currentPasswordCheck(
            LoginThrottling loginThrottling, PasswordHasher passwordHasher, UnitOfWork unitOfWork) {
        return new CurrentPasswordCheck(loginThrottling, passwordHasher, unitOfWork);
    }

    @Bean
    SecondFactorCheck secondFactorCheck(LoginThrottling loginThrottling, UnitOfWork unitOfWork) {
        return new SecondFactorCheck(loginThrottling, unitOfWork);
    }

    @Bean
    ChangeOwnPasswordUseCase changeOwnPasswordUseCase(
            UserRepository users,
            SessionRepository sessions,
            SecurityEventLog securityEventLog,
            NewPasswords newPasswords,
            CurrentPasswordCheck currentPasswordCheck,
            SecurityNotices securityNotices,
            UnitOfWork unitOfWork,
            Clock clock) {
        return new ChangeOwnPasswordService(
                users,
                sessions,
                securityEventLog,
                newPasswords,
                currentPasswordCheck,
                securityNotices,
                unitOfWork,
                clock);
    }

    @Bean
    ListUsersUseCase listUsersUseCase(UserRepository users, MfaEnrolmentStore mfaEnrolments) {
        return new ListUsersService(users, mfaEnrolments);
    }

    @Bean
    CreateUserUseCase createUserUseCase(
            AccountOpener accountOpener, SecurityEventLog securityEventLog, UnitOfWork unitOfWork) {
        return new CreateUserService(accountOpener, securityEventLog, unitOfWork);
    }

    @Bean
    GetUserUseCase getUserUseCase(UserRepository users, MfaEnrolmentStore mfaEnrolments) {
        return new GetUserService(users, mfaEnrolments);
    }

    @Bean
    UpdateUserUseCase updateUserUseCase(
            UserRepository users,
            SessionRepository sessions,
            MfaEnrolmentStore mfaEnrolments,
            SecurityEventLog securityEventLog,
            UnitOfWork unitOfWork,
            Clock clock) {
        return new UpdateUserService(users, sessions, mfaEnrolments, securityEventLog, unitOfWork, clock);
    }

    @Bean
    DeleteUserUseCase deleteUserUseCase(
            UserRepository users, SecurityEventLog securityEventLog, UnitOfWork unitOfWork, Clock clock) {
        return new DeleteUserService(users, securityEventLog, unitOfWork, clock);
    }

    @Bean
    EnsureBootstrapAdminUseCase ensureBootstrapAdminUseCase(
            UserRepository users,
            BootstrapAdminRecord bootstrapAdminRecord,
            AccountOpener accountOpener,
            SecurityEventLog securityEventLog,
            UnitOfWork unitOfWork,
            Clock clock) {
        return new EnsureBootstrapAdminService(
                users, bootstrapAdminRecord, accountOpener, securityEventLog, unitOfWork, clock);
    }

    @Bean
    ListAuditEventsUseCase listAuditEventsUseCase(AuditEventQueries auditEventQueries) {
        return new ListAuditEventsService(auditEventQueries);
    }

    @Bean
    PurgeExpiredAuditEventsUseCase purgeExpiredAuditEventsUseCase(
            AuditEventQueries auditEventQueries, UnitOfWork unitOfWork, GatehouseProperties properties, Clock clock) {
        return new PurgeExpiredAuditEventsService(
                auditEventQueries, unitOfWork, properties.audit().retention(), clock);
    }

    @Bean
    PurgeIdleLoginThrottlesUseCase purgeIdleLoginThrottlesUseCase(
            LoginThrottleStore loginThrottleStore, UnitOfWork unitOfWork, Clock clock) {
        return new PurgeIdleLoginThrottlesService(loginThrottleStore, unitOfWork, clock);
    }

    @Bean
    PurgeRetiredSigningKeysUseCase purgeRetiredSigningKeysUseCase(
            SigningKeyStore signingKeyStore,
            UnitOfWork unitOfWork,
            TokenLifetimes tokenLifetimes,
            ClockSkew clockSkew,
            Clock clock) {
        return new PurgeRetiredSigningKeysService(signingKeyStore, unitOfWork, tokenLifetimes, clockSkew, clock);
    }

    @Bean
    GetMfaStatusUseCase getMfaStatusUseCase(UserRepository users, MfaEnrolmentStore mfaEnrolmentStore) {
        return new GetMfaStatusService(users, mfaEnrolmentStore);
    }

    @Bean
    SetUpTotpUseCase setUpTotpUseCase(
            UserRepository users,
            MfaEnrolmentStore mfaEnrolmentStore,
            SecretSealer secretSealer,
            CurrentPasswordCheck currentPasswordCheck,
            UnitOfWork unitOfWork,
            Clock clock,
            GatehouseProperties properties) {
        return new SetUpTotpService(
                users,
                mfaEnrolmentStore,
                secretSealer,
                currentPasswordCheck,
                unitOfWork,
                clock,
                properties.auth().mfa().issuer());
    }

    @Bean
    ConfirmTotpUseCase confirmTotpUseCase(
            UserRepository users,
            SessionRepository sessions,
            MfaEnrolmentStore mfaEnrolmentStore,
            SecretSealer secretSealer,
            SecurityEventLog securityEventLog,
            UnitOfWork unitOfWork,
            Clock clock) {
        return new ConfirmTotpService(
                users, sessions, mfaEnrolmentStore, secretSealer, securityEventLog, unitOfWork, clock);
    }

    @Bean
    RegenerateRecoveryCodesUseCase regenerateRecoveryCodesUseCase(
            UserRepository users,
            MfaEnrolmentStore mfaEnrolmentStore,
            SecretSealer secretSealer,
            SecurityEventLog securityEventLog,
            SecondFactorCheck secondFactorCheck,
            UnitOfWork unitOfWork,
            Clock clock) {
        return new RegenerateRecoveryCodesService(
                users, mfaEnrolmentStore, secretSealer, securityEventLog, secondFactorCheck, unitOfWork, clock);
    }

    @Bean
    DisableMfaUseCase disableMfaUseCase(
            UserRepository users,
            SessionRepository sessions,
            MfaEnrolmentStore mfaEnrolmentStore,
            SecretSealer secretSealer,
            SecurityEventLog securityEventLog,
            CurrentPasswordCheck currentPasswordCheck,
            SecondFactorCheck secondFactorCheck,
            SecurityNotices securityNotices,
            UnitOfWork unitOfWork,
            Clock clock,
            GatehouseProperties properties) {
        return new DisableMfaService(
                users,
                sessions,
                mfaEnrolmentStore,
                secretSealer,
                securityEventLog,
                currentPasswordCheck,
                secondFactorCheck,
                securityNotices,
                unitOfWork,
                clock,
                properties.auth().mfa().requiredForAdmins());
    }

    @Bean
    ResetMfaUseCase resetMfaUseCase(
            UserRepository users,
            SessionRepository sessions,
            MfaEnrolmentStore mfaEnrolmentStore,
            SecurityNotices securityNotices,
            SecurityEventLog securityEventLog,
            UnitOfWork unitOfWork,
            Clock clock) {
        return new ResetMfaService(
                users, sessions, mfaEnrolmentStore, securityNotices, securityEventLog, unitOfWork, clock);
    }

    @Bean
    PurgeExpiredMfaChallengesUseCase purgeExpiredMfaChallengesUseCase(
            MfaChallengeStore mfaChallengeStore, UnitOfWork unitOfWork, Clock clock) {
        return new PurgeExpiredMfaChallengesService(mfaChallengeStore, unitOfWork, clock);
    }
}
