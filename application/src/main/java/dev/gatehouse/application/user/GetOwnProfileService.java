package dev.gatehouse.application.user;

import dev.gatehouse.domain.port.in.user.GetOwnProfileQuery;
import dev.gatehouse.domain.port.in.user.GetOwnProfileUseCase;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;

public final class GetOwnProfileService implements GetOwnProfileUseCase {
    private final CallerAccounts callers;

    public GetOwnProfileService(UserRepository users) {
        this.callers = new CallerAccounts(users);
    }

    @Override
    public User getOwnProfile(GetOwnProfileQuery query) {
        UserId self = query.self();
        return callers.find(self);
    }
}
