package dev.gatehouse.domain.port.out;

import dev.gatehouse.domain.common.PageRequest;
import dev.gatehouse.domain.common.ResultPage;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.EmailAlreadyTakenException;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
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
     * The account, locked until the unit of work ends ({@code SELECT … FOR UPDATE}), or empty when
     * there is none (any more). Every read-modify-write of an account reads it through this, so a
     * concurrent change waits instead of being overwritten with what was read before it; the
     * account returned is as the change that held the lock left it.
     */
    Optional<User> lockById(UserId id);

    Optional<User> findByEmail(Email email);

    /** @return whether an account was deleted */
    boolean delete(UserId id);

    /** Newest first; {@code emailContains} case-insensitive, both filters optional (null). */
    ResultPage<User> search(String emailContains, Role role, PageRequest pageRequest);

    /**
     * The ids of all enabled ADMIN accounts, locked until the unit of work ends, so that two
     * concurrent changes cannot each remove a different "other" admin and leave none.
     */
    Set<UserId> lockEnabledAdmins();

    long count();

    /**
     * The account's access-token cut-off ({@link User#tokensValidAfter()}), read alone because it is
     * checked on every authenticated request; empty when the account does not exist (any more).
     */
    Optional<Instant> findTokensValidAfter(UserId id);
}
