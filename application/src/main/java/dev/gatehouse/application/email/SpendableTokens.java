package dev.gatehouse.application.email;

import dev.gatehouse.domain.email.EmailToken;
import dev.gatehouse.domain.email.EmailTokenGrant;
import dev.gatehouse.domain.email.EmailTokenPurpose;
import dev.gatehouse.domain.email.InvalidEmailTokenException;
import dev.gatehouse.domain.port.out.EmailTokenStore;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.User;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A presented mailed token and the account it speaks for, each refusal the same {@link
 * InvalidEmailTokenException}: an unknown, spent, superseded, expired or other-purpose token, and
 * one whose account is gone or no longer fits it, cannot be told apart.
 */
final class SpendableTokens {
    private final EmailTokenStore tokens;
    private final UserRepository users;

    SpendableTokens(EmailTokenStore tokens, UserRepository users) {
        this.tokens = tokens;
        this.users = users;
    }

    /** Looks without spending: for the checks that must not use the token up (a password policy error). */
    EmailTokenGrant findUsable(EmailToken token, EmailTokenPurpose purpose, Instant now) {
        return orInvalid(tokens.findUsable(token.hash(), purpose, now), purpose);
    }

    /** Spends the token; inside the unit of work whose change it allows, so that a refusal later rolls the spend back. */
    EmailTokenGrant spend(EmailToken token, EmailTokenPurpose purpose, Instant now) {
        return orInvalid(tokens.spend(token.hash(), purpose, now), purpose);
    }

    /** The grant's account, read without a lock, if it still {@code fits}. */
    User account(EmailTokenGrant grant, Predicate<User> fits) {
        return orInvalid(users.findById(grant.userId()).filter(fits), grant.purpose());
    }

    /** The grant's account, locked until the unit of work ends, if it still {@code fits}. */
    User lockAccount(EmailTokenGrant grant, Predicate<User> fits) {
        return orInvalid(users.lockById(grant.userId()).filter(fits), grant.purpose());
    }

    /** The account still has the address the token was mailed to: a link to an old address proves nothing now. */
    static Predicate<User> hasAddressOf(EmailTokenGrant grant) {
        return user -> user.email().equals(grant.email());
    }

    private static <T> T orInvalid(Optional<T> found, EmailTokenPurpose purpose) {
        return found.orElseThrow(() -> new InvalidEmailTokenException(purpose));
    }
}
