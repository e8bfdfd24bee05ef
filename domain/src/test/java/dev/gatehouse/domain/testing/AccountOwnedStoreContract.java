package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the contracts of stores whose rows belong to an account share: each test starts with one
 * stored account, {@link #owner()}, and runs writes through {@link #inTransaction}.
 */
public abstract class AccountOwnedStoreContract {
    private UserId owner;

    /** The accounts, for stores that enforce the link to them (the real ones do). */
    protected abstract UserRepository users();

    /** Runs {@code work} in a transaction where the store needs one; the fakes just run it. */
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    protected final void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    protected final UserId storedAccount() {
        User user = UserBuilder.aUser().build();
        run(() -> users().insert(user));
        return user.id();
    }

    @BeforeEach
    final void storeOwner() {
        owner = storedAccount();
    }

    protected final UserId owner() {
        return owner;
    }
}
