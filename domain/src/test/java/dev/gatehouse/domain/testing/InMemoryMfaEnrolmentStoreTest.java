package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.UserRepository;

class InMemoryMfaEnrolmentStoreTest extends MfaEnrolmentStoreContract {
    private final InMemoryMfaEnrolmentStore store = new InMemoryMfaEnrolmentStore();
    private final InMemoryUserRepository users = new InMemoryUserRepository();

    @Override
    protected MfaEnrolmentStore store() {
        return store;
    }

    @Override
    protected UserRepository users() {
        return users;
    }
}
