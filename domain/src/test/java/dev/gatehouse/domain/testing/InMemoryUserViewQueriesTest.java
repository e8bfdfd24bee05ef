package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.port.out.UserViewQueries;

class InMemoryUserViewQueriesTest extends UserViewQueriesContract {
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryMfaEnrolmentStore mfaEnrolments = new InMemoryMfaEnrolmentStore();
    private final InMemoryUserViewQueries views = new InMemoryUserViewQueries(users, mfaEnrolments);

    @Override
    protected UserRepository users() {
        return users;
    }

    @Override
    protected UserViewQueries views() {
        return views;
    }

    @Override
    protected MfaEnrolmentStore mfaEnrolments() {
        return mfaEnrolments;
    }
}
