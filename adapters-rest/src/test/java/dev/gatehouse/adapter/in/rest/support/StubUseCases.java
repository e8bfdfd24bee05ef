package dev.gatehouse.adapter.in.rest.support;

import dev.gatehouse.domain.auth.AccessToken;
import dev.gatehouse.domain.auth.RefreshToken;
import dev.gatehouse.domain.auth.TokenPair;
import dev.gatehouse.domain.auth.VerificationKey;
import dev.gatehouse.domain.common.ResultPage;
import dev.gatehouse.domain.port.in.ChangeOwnPasswordCommand;
import dev.gatehouse.domain.port.in.ChangeOwnPasswordUseCase;
import dev.gatehouse.domain.port.in.CreateUserCommand;
import dev.gatehouse.domain.port.in.CreateUserUseCase;
import dev.gatehouse.domain.port.in.DeleteUserUseCase;
import dev.gatehouse.domain.port.in.GetOwnProfileUseCase;
import dev.gatehouse.domain.port.in.GetUserUseCase;
import dev.gatehouse.domain.port.in.ListUsersQuery;
import dev.gatehouse.domain.port.in.ListUsersUseCase;
import dev.gatehouse.domain.port.in.ListVerificationKeysUseCase;
import dev.gatehouse.domain.port.in.LogInCommand;
import dev.gatehouse.domain.port.in.LogInUseCase;
import dev.gatehouse.domain.port.in.RegisterUserCommand;
import dev.gatehouse.domain.port.in.RegisterUserUseCase;
import dev.gatehouse.domain.port.in.UpdateOwnProfileCommand;
import dev.gatehouse.domain.port.in.UpdateOwnProfileUseCase;
import dev.gatehouse.domain.port.in.UpdateUserCommand;
import dev.gatehouse.domain.port.in.UpdateUserUseCase;
import dev.gatehouse.domain.testing.UserBuilder;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every driving port the REST adapter calls, as one scriptable stub: it records what it was asked,
 * answers with a fixed user (or one made from the command), or fails as told. The adapter's tests
 * are about translation between HTTP and these calls, not about what the use cases decide.
 */
public class StubUseCases implements RegisterUserUseCase, LogInUseCase, GetOwnProfileUseCase,
        UpdateOwnProfileUseCase, ChangeOwnPasswordUseCase, ListUsersUseCase, CreateUserUseCase, GetUserUseCase,
        UpdateUserUseCase, DeleteUserUseCase, ListVerificationKeysUseCase {

    public static final Instant CREATED_AT = Instant.parse("2026-11-27T10:15:30.123456Z");
    public static final TokenPair TOKENS = new TokenPair(
            new AccessToken("stub.access.token", CREATED_AT.plus(Duration.ofMinutes(15))), Duration.ofMinutes(15),
            new RefreshToken("stub-refresh-token"), Duration.ofDays(14));

    public record GetOwnProfileCall(UserId self) {
    }

    public record GetUserCall(UserId id) {
    }

    public record DeleteUserCall(UserId actor, UserId target) {
    }

    private final List<Object> calls = new ArrayList<>();
    private RuntimeException failure;
    private User answer;
    private ResultPage<User> listing;
    private List<VerificationKey> keys;

    public StubUseCases() {
        reset();
    }

    public final synchronized void reset() {
        calls.clear();
        failure = null;
        answer = UserBuilder.aUser().withEmail("ada@example.com").withDisplayName("Ada")
                .withRoles(Role.USER, Role.ADMIN).createdAt(CREATED_AT).build();
        listing = new ResultPage<>(List.of(answer), 0, 20, 1);
        keys = List.of(TestTokens.SIGNING_KEY.verificationKey());
    }

    /** Every later call fails with this. */
    public synchronized void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    /** The user that profile, get and update calls answer with. */
    public synchronized void answerWith(User user) {
        this.answer = user;
    }

    public synchronized void answerListing(ResultPage<User> listing) {
        this.listing = listing;
    }

    public synchronized void publishKeys(List<VerificationKey> keys) {
        this.keys = List.copyOf(keys);
    }

    public synchronized List<Object> calls() {
        return List.copyOf(calls);
    }

    /** The last call recorded as this type (a command, a query or one of the call records above). */
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
    public User register(RegisterUserCommand command) {
        record(command);
        return User.create(UserId.newId(), command.email(), command.displayName(), new PasswordHash("hash"),
                Set.of(Role.USER), CREATED_AT);
    }

    @Override
    public TokenPair logIn(LogInCommand command) {
        record(command);
        return TOKENS;
    }

    @Override
    public User getOwnProfile(UserId self) {
        record(new GetOwnProfileCall(self));
        return answer;
    }

    @Override
    public User updateOwnProfile(UpdateOwnProfileCommand command) {
        record(command);
        return answer;
    }

    @Override
    public void changeOwnPassword(ChangeOwnPasswordCommand command) {
        record(command);
    }

    @Override
    public ResultPage<User> listUsers(ListUsersQuery query) {
        record(query);
        return listing;
    }

    @Override
    public User createUser(CreateUserCommand command) {
        record(command);
        return User.create(UserId.newId(), command.email(), command.displayName(), new PasswordHash("hash"),
                command.roles(), CREATED_AT);
    }

    @Override
    public User getUser(UserId id) {
        record(new GetUserCall(id));
        return answer;
    }

    @Override
    public User updateUser(UpdateUserCommand command) {
        record(command);
        return answer;
    }

    @Override
    public void deleteUser(UserId actor, UserId target) {
        record(new DeleteUserCall(actor, target));
    }

    /** Not recorded: the token decoder asks for every request. */
    @Override
    public synchronized List<VerificationKey> verificationKeys() {
        return keys;
    }
}
