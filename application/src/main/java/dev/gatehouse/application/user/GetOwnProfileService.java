package dev.gatehouse.application.user;

import dev.gatehouse.domain.auth.CallerAccountGoneException;
import dev.gatehouse.domain.port.in.user.GetOwnProfileQuery;
import dev.gatehouse.domain.port.in.user.GetOwnProfileUseCase;
import dev.gatehouse.domain.port.out.UserViewQueries;
import dev.gatehouse.domain.user.UserView;

/**
 * The caller's own account, as {@code GET /users/me} answers it: one read of the account with its
 * MFA state ({@link UserViewQueries}), because this is the read every client repeats. An account
 * deleted under a still-valid token is {@link CallerAccountGoneException}, as in {@link CallerAccounts}.
 */
public final class GetOwnProfileService implements GetOwnProfileUseCase {
    private final UserViewQueries views;

    public GetOwnProfileService(UserViewQueries views) {
        this.views = views;
    }

    @Override
    public UserView getOwnProfile(GetOwnProfileQuery query) {
        return views.findView(query.self()).orElseThrow(CallerAccountGoneException::new);
    }
}
