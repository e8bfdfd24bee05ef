package dev.gatehouse.domain.port.out;

import dev.gatehouse.domain.auth.Password;
import dev.gatehouse.domain.user.PasswordHash;

/** One-way password hashing with a deliberately slow function. */
public interface PasswordHasher {
    PasswordHash hash(Password password);

    boolean matches(Password password, PasswordHash hash);
}
