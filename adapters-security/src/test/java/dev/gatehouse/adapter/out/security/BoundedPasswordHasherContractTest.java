package dev.gatehouse.adapter.out.security;

import dev.gatehouse.domain.port.out.PasswordHasher;
import dev.gatehouse.domain.testing.PasswordHasherContract;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;

/** The hashing pool in front of bcrypt answers exactly as bcrypt does when it is not busy. */
class BoundedPasswordHasherContractTest extends PasswordHasherContract {
    private final BoundedPasswordHasher hasher =
            new BoundedPasswordHasher(new BcryptPasswordHasher(4), 1, 16, Duration.ofSeconds(5));

    @Override
    protected PasswordHasher hasher() {
        return hasher;
    }

    @AfterEach
    void stopTheWorkers() {
        hasher.close();
    }
}
