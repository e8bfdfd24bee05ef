package dev.gatehouse.application.user;

import dev.gatehouse.domain.auth.Password;
import dev.gatehouse.domain.auth.PasswordPolicy;
import dev.gatehouse.domain.port.out.PasswordHasher;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.DisplayName;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Clock;
import java.util.Set;

/**
 * Opens an account the same way for every path that creates one (self-registration, an admin,
 * the bootstrap admin): password policy first, then the slow hash, then one insert whose unique
 * constraint decides a duplicate email. The caller owns the unit of work.
 */
public final class AccountOpener {
    private final UserRepository users;
    private final PasswordHasher passwordHasher;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;

    public AccountOpener(UserRepository users, PasswordHasher passwordHasher, PasswordPolicy passwordPolicy,
                         Clock clock) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
    }

    /** Checks the password against the policy without touching storage: call it before a transaction. */
    public void checkPassword(Email email, Password password) {
        passwordPolicy.check("password", password, email);
    }

    /** Stores a new account; {@link #checkPassword} must have passed. */
    public User open(Email email, Password password, DisplayName displayName, Set<Role> roles) {
        User user = User.create(UserId.newId(), email, displayName, passwordHasher.hash(password), roles,
                clock.instant());
        users.insert(user);
        return user;
    }
}
