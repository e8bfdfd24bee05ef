package dev.gatehouse.application.admin;

import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.LastEnabledAdminException;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import dev.gatehouse.domain.user.UserNotFoundException;
import java.util.Set;

/**
 * Keeps at least one enabled ADMIN. Runs inside the change's unit of work: the repository locks
 * the enabled admins, so two concurrent changes cannot each remove a different "other" admin.
 * A change that may remove an admin takes those locks before the lock on its own account (see
 * {@link #lockForChange}), so every such change locks in one order and two admins demoting each
 * other at once wait for each other instead of deadlocking.
 */
final class LastEnabledAdminGuard {
    private final UserRepository users;

    LastEnabledAdminGuard(UserRepository users) {
        this.users = users;
    }

    /**
     * Locks the account a change is about to make: the enabled admins first (in id order) when the
     * change may remove one, then the account itself.
     *
     * @throws UserNotFoundException when the account is gone (a change or delete that raced this
     *                               one and won)
     */
    User lockForChange(UserId target, boolean mayRemoveAnAdmin) {
        if (mayRemoveAnAdmin) {
            users.lockEnabledAdmins();
        }
        return users.lockById(target).orElseThrow(() -> new UserNotFoundException(target));
    }

    /** @param after the account as it would be after the change, or null when it is deleted */
    void check(User before, User after) {
        boolean removesAnEnabledAdmin = before.isEnabledAdmin() && (after == null || !after.isEnabledAdmin());
        if (!removesAnEnabledAdmin) {
            return;
        }
        Set<UserId> enabledAdmins = users.lockEnabledAdmins();
        boolean anotherRemains = enabledAdmins.stream().anyMatch(id -> !id.equals(before.id()));
        if (!anotherRemains) {
            throw new LastEnabledAdminException();
        }
    }
}
