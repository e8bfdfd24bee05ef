package dev.gatehouse.application.auth;

import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.util.Optional;

/**
 * What the password verification of a login found, to be judged once more against the account as
 * it is when the session would open: the check ran outside any transaction, and the account may
 * have changed meanwhile.
 *
 * @param account         the account with the typed email as it was read before the check, if any
 * @param checkedAgainst  the hash the typed password was verified against (the decoy for no account)
 * @param passwordMatches whether the typed password matched it
 * @param rehashed        the typed password hashed with the current parameters, when it matched a
 *                        hash made with other ones (to be stored if the login succeeds)
 */
public record CheckedCredentials(
        Optional<User> account, PasswordHash checkedAgainst, boolean passwordMatches, Optional<PasswordHash> rehashed) {

    /** The account the attempt is about, for throttling and audit; null for an unknown email. */
    public UserId accountId() {
        return account.map(User::id).orElse(null);
    }

    /** The account whose password was proved, if it was: the one to read again before opening a session. */
    public Optional<UserId> provedAccount() {
        return account.filter(a -> passwordMatches).map(User::id);
    }

    /**
     * Why the login is refused (the audit reason), or empty when it may go on.
     *
     * @param current the account as it is now, read again under its row lock in the unit of work
     *                that would open the session
     */
    public Optional<String> refusalReason(Optional<User> current) {
        if (account.isEmpty()) {
            return Optional.of("unknown-account");
        }
        if (!passwordMatches) {
            return Optional.of("wrong-password");
        }
        if (current.isEmpty()) {
            return Optional.of("unknown-account");
        }
        // Changed while the old one was being checked: the typed password is not the account's any more.
        if (!current.get().passwordHash().equals(checkedAgainst)) {
            return Optional.of("wrong-password");
        }
        if (!current.get().enabled()) {
            return Optional.of("account-disabled");
        }
        return Optional.empty();
    }
}
