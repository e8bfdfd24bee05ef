package dev.gatehouse.application.password;

import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.password.PasswordPolicy;
import dev.gatehouse.domain.port.out.PasswordHasher;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.PasswordHash;

/**
 * How a password someone chose becomes the hash to store, the same for every path that sets one
 * (opening an account, changing one's own password, a reset): the policy first, then the slow hash.
 * It touches no storage, so call it before the unit of work: bcrypt never holds a database
 * connection, and a refused password spends nothing (a reset link stays usable).
 */
public final class NewPasswords {
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;

    public NewPasswords(PasswordPolicy policy, PasswordHasher hasher) {
        this.policy = policy;
        this.hasher = hasher;
    }

    /**
     * @param field the request field the password came in, named by a policy violation
     * @param owner the account's address, which the password must not contain
     */
    public PasswordHash hashAllowed(String field, Password password, Email owner) {
        policy.check(field, password, owner);
        return hasher.hash(password);
    }
}
