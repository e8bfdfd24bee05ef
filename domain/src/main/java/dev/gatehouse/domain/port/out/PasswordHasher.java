package dev.gatehouse.domain.port.out;

import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.user.PasswordHash;

/** One-way password hashing with a deliberately slow function. */
public interface PasswordHasher {
    PasswordHash hash(Password password);

    boolean matches(Password password, PasswordHash hash);

    /**
     * Whether {@code hash} was made with other parameters (a bcrypt cost) than {@link #hash} uses
     * now. Cheap: it reads the hash, it does not verify anything. A login rehashes such a hash, so
     * that stored hashes, and the decoy an unknown email is verified against, take equally long.
     */
    boolean needsRehash(PasswordHash hash);
}
