package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.common.PageRequest;
import dev.gatehouse.domain.common.ResultPage;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.EmailAlreadyTakenException;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.TokenCutOff;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A {@link UserRepository} in a map; held to the same contract as the real one. */
public class InMemoryUserRepository implements UserRepository {
    private final Map<UserId, User> users = new LinkedHashMap<>();

    @Override
    public synchronized void insert(User user) {
        if (users.containsKey(user.id()) || emailTakenByOther(user)) {
            throw new EmailAlreadyTakenException();
        }
        users.put(user.id(), user);
    }

    @Override
    public synchronized void update(User user) {
        if (!users.containsKey(user.id())) {
            throw new IllegalStateException("No stored user " + user.id());
        }
        if (emailTakenByOther(user)) {
            throw new EmailAlreadyTakenException();
        }
        users.put(user.id(), user);
    }

    private boolean emailTakenByOther(User user) {
        return users.values().stream().anyMatch(u -> u.email().equals(user.email()) && !u.id().equals(user.id()));
    }

    @Override
    public synchronized Optional<User> findById(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    /** A map needs no lock: each call is atomic, and application tests run one use case at a time. */
    @Override
    public synchronized Optional<User> lockById(UserId id) {
        return findById(id);
    }

    @Override
    public synchronized Optional<User> findByEmail(Email email) {
        return users.values().stream().filter(u -> u.email().equals(email)).findFirst();
    }

    @Override
    public synchronized boolean replacePasswordHash(UserId id, PasswordHash expected, PasswordHash replacement) {
        User user = users.get(id);
        if (user == null || !user.passwordHash().equals(expected)) {
            return false;
        }
        users.put(
                id,
                User.restore(
                        user.id(),
                        user.email(),
                        user.displayName().orElse(null),
                        replacement,
                        user.roles(),
                        user.enabled(),
                        user.emailVerified(),
                        user.createdAt(),
                        user.updatedAt(),
                        user.tokensValidAfter()));
        return true;
    }

    @Override
    public synchronized boolean delete(UserId id) {
        return users.remove(id) != null;
    }

    @Override
    public synchronized ResultPage<User> search(String emailContains, Role role, PageRequest pageRequest) {
        List<User> matching = users.values().stream()
                .filter(u ->
                        emailContains == null || u.email().value().contains(emailContains.toLowerCase(Locale.ROOT)))
                .filter(u -> role == null || u.roles().contains(role))
                .sorted(Comparator.comparing(User::createdAt).reversed().thenComparing(u -> u.id().value()))
                .toList();
        List<User> items = matching.stream()
                .skip(pageRequest.offset())
                .limit(pageRequest.size())
                .toList();
        return new ResultPage<>(items, pageRequest.page(), pageRequest.size(), matching.size());
    }

    @Override
    public synchronized Set<UserId> lockEnabledAdmins() {
        return users.values().stream()
                .filter(User::isEnabledAdmin)
                .map(User::id)
                .collect(Collectors.toSet());
    }

    @Override
    public synchronized Optional<TokenCutOff> findTokenCutOff(UserId id) {
        return findById(id).map(User::tokenCutOff);
    }
}
