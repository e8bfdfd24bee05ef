package dev.gatehouse.application.user;

import dev.gatehouse.application.email.mailing.EmailTokenMails;
import dev.gatehouse.application.password.NewPasswords;
import dev.gatehouse.domain.email.EmailTokenPurpose;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.DisplayName;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * Opens an account the same way for every path that creates one (self-registration, an admin,
 * the bootstrap admin): password policy first, then the slow hash — both before any transaction,
 * so that bcrypt never holds a database connection — then one insert whose unique constraint
 * decides a duplicate email. An account whose address nobody vouches for is mailed a verification
 * link in that same unit of work.
 */
public final class AccountOpener {
    private final UserRepository users;
    private final NewPasswords newPasswords;
    private final EmailTokenMails tokenMails;
    private final Clock clock;

    public AccountOpener(UserRepository users, NewPasswords newPasswords, EmailTokenMails tokenMails, Clock clock) {
        this.users = users;
        this.newPasswords = newPasswords;
        this.tokenMails = tokenMails;
        this.clock = clock;
    }

    /** Checks the password against the policy, then hashes it; touches no storage: call it before the unit of work. */
    public PasswordHash hashAllowedPassword(Email email, Password password) {
        return newPasswords.hashAllowed("password", password, email);
    }

    /**
     * Stores a new account; call it inside the caller's unit of work with a hash from {@link
     * #hashAllowedPassword}.
     *
     * @param emailVerified whether the address is vouched for already (by an admin, or the
     *     deployment's configuration); when not, a verification link is mailed to it
     */
    public User open(
            Email email, PasswordHash passwordHash, DisplayName displayName, Set<Role> roles, boolean emailVerified) {
        Instant now = clock.instant();
        User created = User.create(UserId.newId(), email, displayName, passwordHash, roles, now);
        User user = emailVerified ? created.withEmailVerified(now) : created;
        users.insert(user);
        if (!emailVerified) {
            tokenMails.send(user.id(), EmailTokenPurpose.VERIFY_EMAIL, email, now);
        }
        return user;
    }
}
