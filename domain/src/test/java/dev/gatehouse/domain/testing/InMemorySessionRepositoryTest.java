package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UserRepository;

class InMemorySessionRepositoryTest extends SessionRepositoryContract {
    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    private final InMemoryUserRepository users = new InMemoryUserRepository();

    @Override
    protected SessionRepository sessions() {
        return sessions;
    }

    @Override
    protected UserRepository users() {
        return users;
    }
}
