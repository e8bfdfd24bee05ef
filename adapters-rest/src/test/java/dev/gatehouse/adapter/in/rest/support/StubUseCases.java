package dev.gatehouse.adapter.in.rest.support;

import dev.gatehouse.domain.auth.Authentication;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.common.ResultPage;
import dev.gatehouse.domain.event.AuditEvent;
import dev.gatehouse.domain.key.SigningKey;
import dev.gatehouse.domain.key.VerificationKey;
import dev.gatehouse.domain.mfa.MfaStatus;
import dev.gatehouse.domain.mfa.TotpSetup;
import dev.gatehouse.domain.port.in.admin.CreateUserCommand;
import dev.gatehouse.domain.port.in.admin.CreateUserUseCase;
import dev.gatehouse.domain.port.in.admin.DeleteUserCommand;
import dev.gatehouse.domain.port.in.admin.DeleteUserUseCase;
import dev.gatehouse.domain.port.in.admin.GetUserQuery;
import dev.gatehouse.domain.port.in.admin.GetUserUseCase;
import dev.gatehouse.domain.port.in.admin.ListUsersQuery;
import dev.gatehouse.domain.port.in.admin.ListUsersUseCase;
import dev.gatehouse.domain.port.in.admin.UpdateUserCommand;
import dev.gatehouse.domain.port.in.admin.UpdateUserUseCase;
import dev.gatehouse.domain.port.in.audit.ListAuditEventsQuery;
import dev.gatehouse.domain.port.in.audit.ListAuditEventsUseCase;
import dev.gatehouse.domain.port.in.auth.CheckAccessTokenStandingQuery;
import dev.gatehouse.domain.port.in.auth.CheckAccessTokenStandingUseCase;
import dev.gatehouse.domain.port.in.auth.LogInCommand;
import dev.gatehouse.domain.port.in.auth.LogInUseCase;
import dev.gatehouse.domain.port.in.auth.LogOutCommand;
import dev.gatehouse.domain.port.in.auth.LogOutUseCase;
import dev.gatehouse.domain.port.in.auth.RefreshTokensCommand;
import dev.gatehouse.domain.port.in.auth.RefreshTokensUseCase;
import dev.gatehouse.domain.port.in.auth.RegisterUserCommand;
import dev.gatehouse.domain.port.in.auth.RegisterUserUseCase;
import dev.gatehouse.domain.port.in.email.ConfirmEmailChangeCommand;
import dev.gatehouse.domain.port.in.email.ConfirmEmailChangeUseCase;
import dev.gatehouse.domain.port.in.email.ConfirmPasswordResetCommand;
import dev.gatehouse.domain.port.in.email.ConfirmPasswordResetUseCase;
import dev.gatehouse.domain.port.in.email.RequestEmailChangeCommand;
import dev.gatehouse.domain.port.in.email.RequestEmailChangeUseCase;
import dev.gatehouse.domain.port.in.email.RequestPasswordResetCommand;
import dev.gatehouse.domain.port.in.email.RequestPasswordResetUseCase;
import dev.gatehouse.domain.port.in.email.ResendEmailVerificationCommand;
import dev.gatehouse.domain.port.in.email.ResendEmailVerificationUseCase;
import dev.gatehouse.domain.port.in.email.VerifyEmailCommand;
import dev.gatehouse.domain.port.in.email.VerifyEmailUseCase;
import dev.gatehouse.domain.port.in.key.FindVerificationKeyUseCase;
import dev.gatehouse.domain.port.in.key.ListVerificationKeysUseCase;
import dev.gatehouse.domain.port.in.key.RotateSigningKeyCommand;
import dev.gatehouse.domain.port.in.key.RotateSigningKeyUseCase;
import dev.gatehouse.domain.port.in.mfa.CompleteMfaLoginCommand;
import dev.gatehouse.domain.port.in.mfa.CompleteMfaLoginUseCase;
import dev.gatehouse.domain.port.in.mfa.ConfirmTotpCommand;
import dev.gatehouse.domain.port.in.mfa.ConfirmTotpUseCase;
import dev.gatehouse.domain.port.in.mfa.DisableMfaCommand;
import dev.gatehouse.domain.port.in.mfa.DisableMfaUseCase;
import dev.gatehouse.domain.port.in.mfa.GetMfaStatusQuery;
import dev.gatehouse.domain.port.in.mfa.GetMfaStatusUseCase;
import dev.gatehouse.domain.port.in.mfa.RegenerateRecoveryCodesCommand;
import dev.gatehouse.domain.port.in.mfa.RegenerateRecoveryCodesUseCase;
import dev.gatehouse.domain.port.in.mfa.ResetMfaCommand;
import dev.gatehouse.domain.port.in.mfa.ResetMfaUseCase;
import dev.gatehouse.domain.port.in.mfa.SetUpTotpCommand;
import dev.gatehouse.domain.port.in.mfa.SetUpTotpUseCase;
import dev.gatehouse.domain.port.in.user.ChangeOwnPasswordCommand;
import dev.gatehouse.domain.port.in.user.ChangeOwnPasswordUseCase;
import dev.gatehouse.domain.port.in.user.GetOwnProfileQuery;
import dev.gatehouse.domain.port.in.user.GetOwnProfileUseCase;
import dev.gatehouse.domain.port.in.user.ListOwnSessionsQuery;
import dev.gatehouse.domain.port.in.user.ListOwnSessionsUseCase;
import dev.gatehouse.domain.port.in.user.RevokeOwnSessionCommand;
import dev.gatehouse.domain.port.in.user.RevokeOwnSessionUseCase;
import dev.gatehouse.domain.port.in.user.UpdateOwnProfileCommand;
import dev.gatehouse.domain.port.in.user.UpdateOwnProfileUseCase;
import dev.gatehouse.domain.session.RefreshToken;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.testing.UserBuilder;
import dev.gatehouse.domain.token.AccessToken;
import dev.gatehouse.domain.token.LoginResult;
import dev.gatehouse.domain.token.TokenPair;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import dev.gatehouse.domain.user.UserView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Every driving port the REST adapter calls, as one scriptable stub: it records what it was asked,
 * answers with a fixed user (or one made from the command), or fails as told. The adapter's tests
 * are about translation between HTTP and these calls, not about what the use cases decide.
 */
public class StubUseCases
        implements RegisterUserUseCase,
                LogInUseCase,
                CompleteMfaLoginUseCase,
                GetOwnProfileUseCase,
                UpdateOwnProfileUseCase,
                ChangeOwnPasswordUseCase,
                ListUsersUseCase,
                CreateUserUseCase,
                GetUserUseCase,
                UpdateUserUseCase,
                DeleteUserUseCase,
                ListVerificationKeysUseCase,
                FindVerificationKeyUseCase,
                CheckAccessTokenStandingUseCase,
                RefreshTokensUseCase,
                LogOutUseCase,
                ListOwnSessionsUseCase,
                RevokeOwnSessionUseCase,
                RotateSigningKeyUseCase,
                ListAuditEventsUseCase,
                GetMfaStatusUseCase,
                SetUpTotpUseCase,
                ConfirmTotpUseCase,
                RegenerateRecoveryCodesUseCase,
                DisableMfaUseCase,
                ResetMfaUseCase,
                RequestPasswordResetUseCase,
                ConfirmPasswordResetUseCase,
                VerifyEmailUseCase,
                ResendEmailVerificationUseCase,
                RequestEmailChangeUseCase,
                ConfirmEmailChangeUseCase {

    public static final Instant CREATED_AT = Instant.parse("2026-11-27T10:15:30.123456Z");
    public static final TokenPair TOKENS = new TokenPair(
            new AccessToken("stub.access.token", CREATED_AT.plus(Duration.ofMinutes(15))), Duration.ofMinutes(15),
            new RefreshToken("stub-refresh-token"), Duration.ofDays(14));
    /** What a refresh answers: another pair, so a test can tell it from the login's. */
    public static final TokenPair REFRESHED_TOKENS = new TokenPair(
            new AccessToken("stub.refreshed.access.token", CREATED_AT.plus(Duration.ofMinutes(15))),
            Duration.ofMinutes(15),
            new RefreshToken("stub-next-refresh-token"),
            Duration.ofDays(13));
    /** What an MFA status query answers. */
    public static final MfaStatus MFA_STATUS = new MfaStatus(true, CREATED_AT, 7);
    /** What a TOTP setup answers. */
    public static final TotpSetup TOTP_SETUP = new TotpSetup(
            "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
            "otpauth://totp/Gatehouse:ada%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Gatehouse"
                    + "&algorithm=SHA1&digits=6&period=30");
    /** What a confirmation or a regeneration answers. */
    public static final List<String> RECOVERY_CODES =
            IntStream.range(0, 10).mapToObj(i -> "code-" + i).toList();
    /** The key a rotation answers with. */
    public static final SigningKey ROTATED_KEY = SigningKey.generate(CREATED_AT);

    private final List<Object> calls = new ArrayList<>();
    private RuntimeException failure;
    private LoginResult loginResult;
    private UserView answer;
    private ResultPage<UserView> listing;
    private List<VerificationKey> keys;
    private List<Session> sessions;
    private boolean inGoodStanding;
    private RuntimeException keyLookupFailure;
    private RuntimeException standingCheckFailure;
    private ResultPage<AuditEvent> auditEvents;
    /** Kept apart from {@link #calls()}: the token decoder asks on every authenticated request. */
    private final List<CheckAccessTokenStandingQuery> standingChecks = new ArrayList<>();

    public StubUseCases() {
        reset();
    }

    public final synchronized void reset() {
        calls.clear();
        failure = null;
        loginResult = new LoginResult.SignedIn(TOKENS);
        answer = new UserView(
                UserBuilder.aUser()
                        .withEmail("ada@example.com")
                        .withDisplayName("Ada")
                        .withRoles(Role.USER, Role.ADMIN)
                        .createdAt(CREATED_AT)
                        .build(),
                false);
        listing = new ResultPage<>(List.of(answer), 0, 20, 1);
        keys = List.of(TestTokens.SIGNING_KEY.verificationKey());
        sessions = List.of();
        inGoodStanding = true;
        keyLookupFailure = null;
        standingCheckFailure = null;
        auditEvents = new ResultPage<>(List.of(), 0, 20, 0);
        standingChecks.clear();
    }

    /** Every later call fails with this. */
    public synchronized void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    /** What the password login answers from now on (signed in with {@link #TOKENS} after a reset). */
    public synchronized void answerLogin(LoginResult result) {
        this.loginResult = result;
    }

    /** The user that profile, get, update and email-change confirmation calls answer with, its MFA off. */
    public synchronized void answerWith(User user) {
        answerWith(new UserView(user, false));
    }

    public synchronized void answerWith(UserView view) {
        this.answer = view;
    }

    public synchronized void answerListing(ResultPage<UserView> listing) {
        this.listing = listing;
    }

    public synchronized void publishKeys(List<VerificationKey> keys) {
        this.keys = List.copyOf(keys);
    }

    /** The sessions the own-sessions listing answers with. */
    public synchronized void answerSessions(List<Session> sessions) {
        this.sessions = List.copyOf(sessions);
    }

    /** What the access-token standing check answers from now on (true after a reset). */
    public synchronized void answerStanding(boolean inGoodStanding) {
        this.inGoodStanding = inGoodStanding;
    }

    /** The token decoder's key lookup fails with this from now on; {@link #failWith} does not reach it. */
    public synchronized void failKeyLookupsWith(RuntimeException failure) {
        this.keyLookupFailure = failure;
    }

    /** The access-token standing check fails with this from now on; {@link #failWith} does not reach it. */
    public synchronized void failStandingChecksWith(RuntimeException failure) {
        this.standingCheckFailure = failure;
    }

    /** What the audit-event listing answers with. */
    public synchronized void answerAuditEvents(ResultPage<AuditEvent> auditEvents) {
        this.auditEvents = auditEvents;
    }

    public synchronized List<CheckAccessTokenStandingQuery> standingChecks() {
        return List.copyOf(standingChecks);
    }

    public synchronized List<Object> calls() {
        return List.copyOf(calls);
    }

    /** The last call recorded as this type (a command or a query). */
    public synchronized <T> T lastCall(Class<T> type) {
        for (int i = calls.size() - 1; i >= 0; i--) {
            if (type.isInstance(calls.get(i))) {
                return type.cast(calls.get(i));
            }
        }
        throw new AssertionError("No " + type.getSimpleName() + " was made; calls: " + calls);
    }

    private synchronized void record(Object call) {
        calls.add(call);
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public UserView register(RegisterUserCommand command) {
        record(command);
        return UserView.ofNewAccount(User.create(
                UserId.newId(),
                command.email(),
                command.displayName(),
                new PasswordHash("hash"),
                Set.of(Role.USER),
                CREATED_AT));
    }

    @Override
    public LoginResult logIn(LogInCommand command) {
        record(command);
        synchronized (this) {
            return loginResult;
        }
    }

    @Override
    public TokenPair completeMfaLogin(CompleteMfaLoginCommand command) {
        record(command);
        return TOKENS;
    }

    @Override
    public UserView getOwnProfile(GetOwnProfileQuery query) {
        record(query);
        return answer;
    }

    @Override
    public UserView updateOwnProfile(UpdateOwnProfileCommand command) {
        record(command);
        return answer;
    }

    @Override
    public void changeOwnPassword(ChangeOwnPasswordCommand command) {
        record(command);
    }

    @Override
    public ResultPage<UserView> listUsers(ListUsersQuery query) {
        record(query);
        return listing;
    }

    @Override
    public UserView createUser(CreateUserCommand command) {
        record(command);
        User created = User.create(
                UserId.newId(),
                command.email(),
                command.displayName(),
                new PasswordHash("hash"),
                command.roles(),
                CREATED_AT);
        return UserView.ofNewAccount(command.emailVerified() ? created.withEmailVerified(CREATED_AT) : created);
    }

    @Override
    public UserView getUser(GetUserQuery query) {
        record(query);
        return answer;
    }

    @Override
    public UserView updateUser(UpdateUserCommand command) {
        record(command);
        return answer;
    }

    @Override
    public void deleteUser(DeleteUserCommand command) {
        record(command);
    }

    /** Not recorded: the token decoder asks for every request. */
    @Override
    public synchronized List<VerificationKey> verificationKeys() {
        return keys;
    }

    /** Not recorded, like {@link #verificationKeys()}: asked for every token. */
    @Override
    public synchronized Optional<VerificationKey> findVerificationKey(String kid) {
        if (keyLookupFailure != null) {
            throw keyLookupFailure;
        }
        return keys.stream().filter(key -> key.kid().equals(kid)).findFirst();
    }

    @Override
    public synchronized boolean isInGoodStanding(CheckAccessTokenStandingQuery query) {
        standingChecks.add(query);
        if (standingCheckFailure != null) {
            throw standingCheckFailure;
        }
        return inGoodStanding;
    }

    @Override
    public TokenPair refresh(RefreshTokensCommand command) {
        record(command);
        return REFRESHED_TOKENS;
    }

    @Override
    public void logOut(LogOutCommand command) {
        record(command);
    }

    @Override
    public synchronized List<Session> listOwnSessions(ListOwnSessionsQuery query) {
        record(query);
        return sessions;
    }

    @Override
    public void revokeOwnSession(RevokeOwnSessionCommand command) {
        record(command);
    }

    @Override
    public VerificationKey rotateSigningKey(RotateSigningKeyCommand command) {
        record(command);
        return ROTATED_KEY.verificationKey();
    }

    @Override
    public ResultPage<AuditEvent> listAuditEvents(ListAuditEventsQuery query) {
        record(query);
        synchronized (this) {
            return auditEvents;
        }
    }

    @Override
    public MfaStatus getMfaStatus(GetMfaStatusQuery query) {
        record(query);
        return MFA_STATUS;
    }

    @Override
    public TotpSetup setUpTotp(SetUpTotpCommand command) {
        record(command);
        return TOTP_SETUP;
    }

    @Override
    public List<String> confirmTotp(ConfirmTotpCommand command) {
        record(command);
        return RECOVERY_CODES;
    }

    @Override
    public List<String> regenerateRecoveryCodes(RegenerateRecoveryCodesCommand command) {
        record(command);
        return RECOVERY_CODES;
    }

    @Override
    public void disableMfa(DisableMfaCommand command) {
        record(command);
    }

    @Override
    public void resetMfa(ResetMfaCommand command) {
        record(command);
    }

    @Override
    public void requestPasswordReset(RequestPasswordResetCommand command) {
        record(command);
    }

    @Override
    public void confirmPasswordReset(ConfirmPasswordResetCommand command) {
        record(command);
    }

    @Override
    public void verifyEmail(VerifyEmailCommand command) {
        record(command);
    }

    @Override
    public void resendEmailVerification(ResendEmailVerificationCommand command) {
        record(command);
    }

    @Override
    public void requestEmailChange(RequestEmailChangeCommand command) {
        record(command);
    }

    @Override
    public UserView confirmEmailChange(ConfirmEmailChangeCommand command) {
        record(command);
        return answer;
    }

    /** A live session of this account, for listings. */
    public static Session aSession(UUID id, UserId owner, Instant createdAt, String ip, String userAgent) {
        return new Session(
                new SessionId(id),
                owner,
                createdAt,
                createdAt.plus(Duration.ofHours(1)),
                createdAt.plus(Duration.ofDays(30)),
                null,
                new ClientInfo(ip, userAgent),
                Authentication.byPassword(createdAt));
    }
}
