package dev.gatehouse.application.auth;

import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.password.PasswordHashingBusyException;
import dev.gatehouse.domain.port.out.PasswordHasher;
import dev.gatehouse.domain.session.RefreshToken;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.User;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * The slow part of a login: verifying the typed password, outside any transaction. Every attempt
 * costs exactly one verification, so neither the answer nor its timing tells an unknown email from
 * a wrong password or a disabled account: an unknown email is verified against a decoy hash.
 *
 * <p>The decoy is hashed by the same hasher, so at the configured cost. After the cost is changed,
 * stored hashes of the old cost would verify faster or slower than the decoy, telling known emails
 * from unknown ones; so a matching password whose hash has another cost is hashed again here (still
 * outside the transaction) and the login stores it. A typical stored hash, of an account that has
 * logged in since the change, then has the configured cost, like the decoy.
 */
public final class CredentialCheck {
    private final PasswordHasher passwordHasher;
    private final PasswordHash decoyHash;

    public CredentialCheck(PasswordHasher passwordHasher) {
        this.passwordHasher = passwordHasher;
        this.decoyHash = passwordHasher.hash(
                new Password(RefreshToken.generate(new SecureRandom()).value()));
    }

    /**
     * @param account the account with the typed email, read before the check, if there is one
     * @throws PasswordHashingBusyException when no hashing capacity came free: nothing was checked
     */
    public CheckedCredentials check(Optional<User> account, Password typed) {
        PasswordHash checkedAgainst = account.map(User::passwordHash).orElse(decoyHash);
        boolean matches = passwordHasher.matches(typed, checkedAgainst);
        Optional<PasswordHash> rehashed = account.isPresent() && matches && passwordHasher.needsRehash(checkedAgainst)
                ? rehash(typed)
                : Optional.empty();
        return new CheckedCredentials(account, checkedAgainst, matches, rehashed);
    }

    /** Best effort: a login is not refused for want of capacity to rehash; the next one will. */
    private Optional<PasswordHash> rehash(Password typed) {
        try {
            return Optional.of(passwordHasher.hash(typed));
        } catch (PasswordHashingBusyException busy) {
            return Optional.empty();
        }
    }
}
