package dev.gatehouse.application.user;

import dev.gatehouse.domain.port.in.user.GetOwnProfileQuery;
import dev.gatehouse.domain.port.in.user.GetOwnProfileUseCase;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.UserId;
import dev.gatehouse.domain.user.UserView;

public final class GetOwnProfileService implements GetOwnProfileUseCase {
    private final CallerAccounts callers;
    private final UserViews views;

    public GetOwnProfileService(UserRepository users, MfaEnrolmentStore mfaEnrolments) {
        this.callers = new CallerAccounts(users);
        this.views = new UserViews(mfaEnrolments);
    }

    @Override
    public UserView getOwnProfile(GetOwnProfileQuery query) {
        UserId self = query.self();
        return views.of(callers.find(self));
    }
}
