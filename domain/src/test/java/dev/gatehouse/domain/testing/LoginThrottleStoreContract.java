package dev.gatehouse.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.auth.LoginThrottle;
import dev.gatehouse.domain.port.out.LoginThrottleStore;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LoginThrottleStore} must do; run against the in-memory fake and the real
 * adapter. Each test starts from an empty store. The store stamps each failure with {@link #clock()},
 * which the tests move; its times and the ones here have microsecond precision (PostgreSQL's).
 */
public abstract class LoginThrottleStoreContract {
    private static final String NAME = "ada@example.com";
    private static final String OTHER = "bob@example.com";

    protected abstract LoginThrottleStore store();

    /** The clock the store reads when it stamps a failure. */
    protected abstract FixedClock clock();

    /** Runs {@code work} in a transaction where the store needs one; the fake just runs it. */
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    private void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    @Test
    void aNameWithoutARecordGetsACleanOneThatIsThenStored() {
        assertThat(inTransaction(() -> store().lock(NAME))).isEqualTo(LoginThrottle.clean(NAME));

        assertThat(store().find(NAME)).contains(LoginThrottle.clean(NAME));
    }

    @Test
    void findingOrLockingIfPresentANameWithoutARecordCreatesNone() {
        assertThat(inTransaction(() -> store().find(NAME))).isEmpty();
        assertThat(inTransaction(() -> store().lockIfPresent(NAME))).isEmpty();

        assertThat(store().find(NAME)).isEmpty();
    }

    @Test
    void findAndLockReadTheSavedRecord() {
        LoginThrottle saved =
                new LoginThrottle(NAME, 0, 2, clock().instant().plusSeconds(30).plusNanos(123_456_000));
        run(() -> store().save(store().lock(NAME).afterFailure(clock().instant())));

        run(() -> {
            store().lock(NAME);
            store().save(saved);
        });

        assertThat(store().find(NAME)).contains(saved);
        assertThat(inTransaction(() -> store().lockIfPresent(NAME))).contains(saved);
        assertThat(inTransaction(() -> store().lock(NAME))).isEqualTo(saved);
    }

    @Test
    void savingARecordThatWasNotLockedFirstStoresItToo() {
        LoginThrottle saved = new LoginThrottle(NAME, 3, 0, null);

        run(() -> store().save(saved));

        assertThat(inTransaction(() -> store().lock(NAME))).isEqualTo(saved);
    }

    @Test
    void keepsOneRecordPerName() {
        run(() -> store().save(new LoginThrottle(NAME, 1, 0, null)));
        run(() -> store().save(new LoginThrottle(OTHER, 4, 0, null)));

        assertThat(store().find(NAME).orElseThrow().failures()).isEqualTo(1);
        assertThat(store().find(OTHER).orElseThrow().failures()).isEqualTo(4);
    }

    /** Reset, not deleted: only the idle purge deletes records. */
    @Test
    void clearingResetsTheNamesRecordAndLeavesOthersAlone() {
        run(() -> store().save(new LoginThrottle(NAME, 4, 1, clock().instant().plusSeconds(30))));
        run(() -> store().save(new LoginThrottle(OTHER, 1, 0, null)));

        run(() -> store().clear(NAME));
        run(() -> store().clear("never-seen@example.com"));

        assertThat(store().find(NAME)).contains(LoginThrottle.clean(NAME));
        assertThat(store().find(OTHER).orElseThrow().failures()).isEqualTo(1);
        assertThat(store().find("never-seen@example.com")).isEmpty();
    }

    /**
     * Deletes what saw no failure, and whose lock ended, before the cut-off: both strictly before,
     * so a lock that ends exactly at the cut-off, or a failure exactly at it, keeps the record.
     */
    @Test
    void purgeDeletesTheRecordsIdleBeforeTheCutOffOnly() {
        Instant idleSince = clock().instant().plus(Duration.ofHours(1));
        save("never-locked@example.com", null);
        save("lock-ended@example.com", idleSince.minusNanos(1_000));
        save("lock-ends-at-cut-off@example.com", idleSince);
        save("still-locked@example.com", idleSince.plusNanos(1_000));
        clock().advance(Duration.between(clock().instant(), idleSince));
        save("failed-at-cut-off@example.com", null);
        clock().advance(Duration.ofNanos(1_000));
        save("failed-since@example.com", null);

        assertThat(inTransaction(() -> store().purgeIdle(idleSince))).isEqualTo(2);

        assertThat(store().find("never-locked@example.com")).isEmpty();
        assertThat(store().find("lock-ended@example.com")).isEmpty();
        assertThat(store().find("lock-ends-at-cut-off@example.com")).isPresent();
        assertThat(store().find("still-locked@example.com")).isPresent();
        assertThat(store().find("failed-at-cut-off@example.com")).isPresent();
        assertThat(store().find("failed-since@example.com")).isPresent();
        assertThat(inTransaction(() -> store().purgeIdle(idleSince))).isZero();
    }

    /** Clearing forgets the failures, not when the last one was: a cleared record is purged on time. */
    @Test
    void aClearedRecordIsIdleSinceItsLastFailure() {
        save(NAME, null);
        clock().advance(Duration.ofMinutes(30));
        run(() -> store().clear(NAME));
        Instant idleSince = clock().instant();

        assertThat(inTransaction(() -> store().purgeIdle(idleSince))).isEqualTo(1);
        assertThat(store().find(NAME)).isEmpty();
    }

    @Test
    void aRecordLockedByLockAloneIsIdleSinceThen() {
        inTransaction(() -> store().lock(NAME));
        Instant lockedAt = clock().instant();
        clock().advance(Duration.ofMinutes(1));

        assertThat(inTransaction(() -> store().purgeIdle(lockedAt))).isZero();
        assertThat(inTransaction(() -> store().purgeIdle(clock().instant()))).isEqualTo(1);
    }

    private void save(String loginName, Instant lockedUntil) {
        run(() -> store().save(new LoginThrottle(
                loginName, lockedUntil == null ? 1 : 0, lockedUntil == null ? 0 : 1, lockedUntil)));
    }
}
