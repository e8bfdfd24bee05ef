package dev.gatehouse.adapter.out.persistence;

import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.port.out.UserViewQueries;
import dev.gatehouse.domain.testing.UserViewQueriesContract;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;

/** The one-statement account view on real PostgreSQL, held to the contract the fake keeps. */
@PersistenceIT
class JooqUserViewQueriesIT extends UserViewQueriesContract {
    private final UserViewQueries views;
    private final UserRepository accounts;
    private final MfaEnrolmentStore enrolments;
    private final UnitOfWork unitOfWork;

    @Autowired
    JooqUserViewQueriesIT(
            UserViewQueries views, UserRepository accounts, MfaEnrolmentStore enrolments, UnitOfWork unitOfWork) {
        this.views = views;
        this.accounts = accounts;
        this.enrolments = enrolments;
        this.unitOfWork = unitOfWork;
    }

    @Override
    protected UserViewQueries views() {
        return views;
    }

    @Override
    protected UserRepository users() {
        return accounts;
    }

    @Override
    protected MfaEnrolmentStore mfaEnrolments() {
        return enrolments;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}
