package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UserRepository;

class InMemorySessionRepositoryTest extends SessionRepositoryContract {
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository(users);

    @Override
    protected SessionRepository sessions() {
        return sessions;
    }

    @Override
    protected UserRepository users() {
        return users;
    }
}
