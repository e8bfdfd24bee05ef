package dev.gatehouse.application.user;

import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.password.PasswordPolicy;
import dev.gatehouse.domain.port.out.PasswordHasher;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.DisplayName;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Clock;
import java.util.Set;

/**
 * Opens an account the same way for every path that creates one (self-registration, an admin,
 * the bootstrap admin): password policy first, then the slow hash — both before any transaction,
 * so that bcrypt never holds a database connection — then one insert whose unique constraint
 * decides a duplicate email.
 */
public final class AccountOpener {
    private final UserRepository users;
    private final PasswordHasher passwordHasher;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;

    public AccountOpener(
            UserRepository users, PasswordHasher passwordHasher, PasswordPolicy passwordPolicy, Clock clock) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
    }

    /** Checks the password against the policy, then hashes it; touches no storage: call it before the unit of work. */
    public PasswordHash hashAllowedPassword(Email email, Password password) {
        passwordPolicy.check("password", password, email);
        return passwordHasher.hash(password);
    }

    /** Stores a new account; call it inside the caller's unit of work with a hash from {@link #hashAllowedPassword}. */
    public User open(Email email, PasswordHash passwordHash, DisplayName displayName, Set<Role> roles) {
        User user = User.create(UserId.newId(), email, displayName, passwordHash, roles, clock.instant());
        users.insert(user);
        return user;
    }
}
