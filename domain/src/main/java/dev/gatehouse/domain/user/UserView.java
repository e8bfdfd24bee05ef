package dev.gatehouse.domain.user;

import java.util.Objects;

/**
 * An account as the use cases that answer with one report it: the {@link User} aggregate plus
 * what other parts of the model know about the account and the aggregate does not own. Whether
 * MFA is on belongs to the account's TOTP enrolment (its own store, its own races), so it is read
 * next to the user, not kept in it.
 *
 * @param mfaEnabled whether the account's TOTP enrolment is enabled; a setup not confirmed yet is not
 */
public record UserView(User user, boolean mfaEnabled) {
    public UserView {
        Objects.requireNonNull(user, "user");
    }

    /** An account just opened: nothing else knows it yet, so its MFA is off. */
    public static UserView ofNewAccount(User user) {
        return new UserView(user, false);
    }
}
