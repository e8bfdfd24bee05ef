package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.port.out.UserRepository;

class InMemoryUserRepositoryTest extends UserRepositoryContract {
    private final InMemoryUserRepository repository = new InMemoryUserRepository();

    @Override
    protected UserRepository repository() {
        return repository;
    }
}
