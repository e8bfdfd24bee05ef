package dev.gatehouse.domain.port.out;

import dev.gatehouse.domain.common.PageRequest;
import dev.gatehouse.domain.common.ResultPage;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.EmailAlreadyTakenException;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.TokenCutOff;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.util.Optional;
import java.util.Set;

/** Where accounts are kept. Callers run these inside a {@link UnitOfWork}. */
public interface UserRepository {

    /**
     * Stores a new account.
     *
     * @throws EmailAlreadyTakenException when another account has the email, decided by the store
     *                                    itself so that two concurrent inserts cannot both succeed
     */
    void insert(User user);

    /** Replaces the stored account with the same id (email included: same uniqueness rule). */
    void update(User user);

    Optional<User> findById(UserId id);

    /**
     * The account, locked until the unit of work ends (a row lock), or empty when
     * there is none (any more). Every read-modify-write of an account reads it through this, so a
     * concurrent change waits instead of being overwritten with what was read before it; the
     * account returned is as the change that held the lock left it.
     */
    Optional<User> lockById(UserId id);

    Optional<User> findByEmail(Email email);

    /**
     * Replaces the account's password hash with an equivalent one (the same password, hashed with
     * the current parameters), only if it is still {@code expected}: a password change that came
     * first is never undone. Nothing else of the account changes (no token cut-off moves).
     *
     * @return whether the hash was replaced
     */
    boolean replacePasswordHash(UserId id, PasswordHash expected, PasswordHash replacement);

    /** @return whether an account was deleted */
    boolean delete(UserId id);

    /** Newest first; {@code emailContains} case-insensitive, both filters optional (null). */
    ResultPage<User> search(String emailContains, Role role, PageRequest pageRequest);

    /**
     * The ids of all enabled ADMIN accounts, locked until the unit of work ends, so that two
     * concurrent changes cannot each remove a different "other" admin and leave none.
     */
    Set<UserId> lockEnabledAdmins();

    /**
     * The account's access-token cut-off and whether it is enabled ({@link User#tokenCutOff()}),
     * read alone because the access-token standing check needs nothing else; empty when the account
     * does not exist (any more).
     */
    Optional<TokenCutOff> findTokenCutOff(UserId id);
}
