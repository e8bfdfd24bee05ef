package dev.gatehouse.application.user;

import dev.gatehouse.domain.common.ResultPage;
import dev.gatehouse.domain.mfa.MfaEnrolment;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import dev.gatehouse.domain.user.UserView;
import java.util.Set;

/**
 * Puts together the {@link UserView} a use case answers with, from the user and what the MFA
 * enrolments know about it. A new account needs none of this ({@link UserView#ofNewAccount}).
 */
public final class UserViews {
    private final MfaEnrolmentStore mfaEnrolments;

    public UserViews(MfaEnrolmentStore mfaEnrolments) {
        this.mfaEnrolments = mfaEnrolments;
    }

    public UserView of(User user) {
        boolean mfaEnabled =
                mfaEnrolments.find(user.id()).map(MfaEnrolment::enabled).orElse(false);
        return new UserView(user, mfaEnabled);
    }

    /** One read of the enrolments for the whole page, however many accounts it holds. */
    public ResultPage<UserView> of(ResultPage<User> users) {
        Set<UserId> mfaEnabled =
                mfaEnrolments.enabledAmong(users.items().stream().map(User::id).toList());
        return users.map(user -> new UserView(user, mfaEnabled.contains(user.id())));
    }
}
