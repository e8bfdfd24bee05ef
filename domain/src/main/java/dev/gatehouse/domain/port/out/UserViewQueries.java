package dev.gatehouse.domain.port.out;

import dev.gatehouse.domain.user.UserId;
import dev.gatehouse.domain.user.UserView;
import java.util.Optional;

/**
 * Accounts as they are answered to clients ({@link UserView}: the account and whether its MFA is
 * on), read in one go. The read side of {@link UserRepository} and {@link MfaEnrolmentStore}
 * together, for the hottest read of all, {@code GET /users/me}, which would otherwise cost a
 * statement per store. Only reads; no {@link UnitOfWork} needed.
 */
public interface UserViewQueries {
    /** The account with this id as a client sees it; empty when there is none (any more). */
    Optional<UserView> findView(UserId id);
}
