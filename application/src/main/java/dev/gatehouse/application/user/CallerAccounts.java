package dev.gatehouse.application.user;

import dev.gatehouse.domain.auth.CallerAccountGoneException;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;

/**
 * The signed-in caller's own account, for the use cases that act on it. An access token outlives
 * the delete of its account by up to the standing check's cache time; in between, an own-account
 * request finds no account, which means the token is no good ({@link CallerAccountGoneException}),
 * not that some user was not found.
 */
public final class CallerAccounts {
    private final UserRepository users;

    public CallerAccounts(UserRepository users) {
        this.users = users;
    }

    public User find(UserId self) {
        return users.findById(self).orElseThrow(CallerAccountGoneException::new);
    }

    /** Locked until the unit of work ends (see {@link UserRepository#lockById}). */
    public User lock(UserId self) {
        return users.lockById(self).orElseThrow(CallerAccountGoneException::new);
    }
}
