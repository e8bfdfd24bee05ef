package dev.gatehouse.application.auth;

import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.util.Optional;

/**
 * What the password verification of a login found.
 *
 * @param account         the account with the typed email as it was read before the check, if any
 * @param passwordMatches whether the typed password matched that account's hash
 */
public record CheckedCredentials(Optional<User> account, boolean passwordMatches) {

    /** The account the attempt is about, for throttling and audit; null for an unknown email. */
    public UserId accountId() {
        return account.map(User::id).orElse(null);
    }

    /** Why the login is refused (the audit reason), or empty when it may go on. */
    public Optional<String> refusalReason() {
        if (account.isEmpty()) {
            return Optional.of("unknown-account");
        }
        if (!passwordMatches) {
            return Optional.of("wrong-password");
        }
        if (!account.get().enabled()) {
            return Optional.of("account-disabled");
        }
        return Optional.empty();
    }
}
