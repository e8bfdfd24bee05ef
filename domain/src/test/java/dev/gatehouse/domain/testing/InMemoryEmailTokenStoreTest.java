package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.port.out.EmailTokenStore;
import dev.gatehouse.domain.port.out.UserRepository;

class InMemoryEmailTokenStoreTest extends EmailTokenStoreContract {
    private final InMemoryEmailTokenStore store = new InMemoryEmailTokenStore();
    private final InMemoryUserRepository users = new InMemoryUserRepository();

    @Override
    protected EmailTokenStore store() {
        return store;
    }

    @Override
    protected UserRepository users() {
        return users;
    }
}
