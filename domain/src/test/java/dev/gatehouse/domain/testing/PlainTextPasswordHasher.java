package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.auth.Password;
import dev.gatehouse.domain.port.out.PasswordHasher;
import dev.gatehouse.domain.user.PasswordHash;

/** A reversible stand-in for bcrypt that counts verifications, for tests that must not wait. */
public class PlainTextPasswordHasher implements PasswordHasher {
    private int verifications;

    @Override
    public PasswordHash hash(Password password) {
        return new PasswordHash("plain:" + password.value());
    }

    @Override
    public boolean matches(Password password, PasswordHash hash) {
        verifications++;
        return hash.value().equals("plain:" + password.value());
    }

    public int verifications() {
        return verifications;
    }
}
