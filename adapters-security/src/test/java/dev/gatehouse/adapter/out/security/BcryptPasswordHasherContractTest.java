package dev.gatehouse.adapter.out.security;

import dev.gatehouse.domain.port.out.PasswordHasher;
import dev.gatehouse.domain.testing.PasswordHasherContract;

/** bcrypt at its lowest cost: the contract is about behaviour, not about how long it takes. */
class BcryptPasswordHasherContractTest extends PasswordHasherContract {
    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);

    @Override
    protected PasswordHasher hasher() {
        return hasher;
    }
}
