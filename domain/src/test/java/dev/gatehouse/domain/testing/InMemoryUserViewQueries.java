package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.mfa.MfaEnrolment;
import dev.gatehouse.domain.port.out.UserViewQueries;
import dev.gatehouse.domain.user.UserId;
import dev.gatehouse.domain.user.UserView;
import java.util.Optional;

/** {@link UserViewQueries} over the in-memory account and enrolment stores, read as they are now. */
public class InMemoryUserViewQueries implements UserViewQueries {
    private final InMemoryUserRepository users;
    private final InMemoryMfaEnrolmentStore mfaEnrolments;

    public InMemoryUserViewQueries(InMemoryUserRepository users, InMemoryMfaEnrolmentStore mfaEnrolments) {
        this.users = users;
        this.mfaEnrolments = mfaEnrolments;
    }

    @Override
    public Optional<UserView> findView(UserId id) {
        return users.findById(id)
                .map(user -> new UserView(
                        user, mfaEnrolments.find(id).map(MfaEnrolment::enabled).orElse(false)));
    }
}
