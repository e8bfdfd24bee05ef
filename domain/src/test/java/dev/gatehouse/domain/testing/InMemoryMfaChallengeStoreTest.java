package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.port.out.MfaChallengeStore;
import dev.gatehouse.domain.port.out.UserRepository;

class InMemoryMfaChallengeStoreTest extends MfaChallengeStoreContract {
    private final InMemoryMfaChallengeStore store = new InMemoryMfaChallengeStore();
    private final InMemoryUserRepository users = new InMemoryUserRepository();

    @Override
    protected MfaChallengeStore store() {
        return store;
    }

    @Override
    protected UserRepository users() {
        return users;
    }
}
