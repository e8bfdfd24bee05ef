package dev.gatehouse.adapter.out.persistence;

import static dev.gatehouse.adapter.out.persistence.Timestamps.fromColumn;
import static dev.gatehouse.adapter.out.persistence.Timestamps.toColumn;
import static dev.gatehouse.adapter.out.persistence.jooq.Tables.LOGIN_THROTTLES;
import static org.jooq.impl.DSL.select;

import dev.gatehouse.adapter.out.persistence.jooq.tables.records.LoginThrottlesRecord;
import dev.gatehouse.domain.auth.LoginThrottle;
import dev.gatehouse.domain.port.out.LoginThrottleStore;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Failed-login records in login_throttles, one row per login name. {@code last_failure_at} is
 * taken from the same {@link Clock} the application computes lock ends and purge cut-offs with,
 * so that all three compare like with like.
 */
final class JooqLoginThrottleStore implements LoginThrottleStore {
    /** A row the idle purge deleted under a waiting lock() is re-created; losing that race this often is a bug. */
    private static final int LOCK_ATTEMPTS = 5;

    private final DSLContext dsl;
    private final Clock clock;
    private final int purgeBatch;

    /** @param purgeBatch the most rows one DELETE of the idle purge removes */
    JooqLoginThrottleStore(DSLContext dsl, Clock clock, int purgeBatch) {
        if (purgeBatch < 1) {
            throw new IllegalArgumentException("purgeBatch must be at least 1");
        }
        this.dsl = dsl;
        this.clock = clock;
        this.purgeBatch = purgeBatch;
    }

    @Override
    public Optional<LoginThrottle> find(String loginName) {
        return dsl.selectFrom(LOGIN_THROTTLES)
                .where(LOGIN_THROTTLES.LOGIN_NAME.eq(loginName))
                .fetchOptional(JooqLoginThrottleStore::toThrottle);
    }

    /**
     * {@code SELECT … FOR UPDATE} without the insert: a success waits for a concurrent failure's
     * unit of work on the same name, then reads what it saved (perhaps a lock). A name without a
     * row cannot be locked out (a lock takes five failures, and the first one creates the row).
     */
    @Override
    public Optional<LoginThrottle> lockIfPresent(String loginName) {
        return dsl.selectFrom(LOGIN_THROTTLES)
                .where(LOGIN_THROTTLES.LOGIN_NAME.eq(loginName))
                .forUpdate()
                .fetchOptional(JooqLoginThrottleStore::toThrottle);
    }

    /**
     * Makes sure the row exists ({@code INSERT … ON CONFLICT DO NOTHING}: a concurrent inserter of
     * the same name waits for the first one's transaction), then locks it ({@code SELECT … FOR
     * UPDATE}), so a second login attempt on the name waits here until the first one's unit of work
     * ends and then reads what it saved. A new row is a clean record. When the row the SELECT waited
     * for was deleted meanwhile (only the idle purge deletes rows), the SELECT
     * finds nothing and the name is simply inserted and locked again.
     */
    @Override
    public LoginThrottle lock(String loginName) {
        for (int attempt = 1; attempt <= LOCK_ATTEMPTS; attempt++) {
            dsl.insertInto(LOGIN_THROTTLES)
                    .set(LOGIN_THROTTLES.LOGIN_NAME, loginName)
                    .set(LOGIN_THROTTLES.FAILURES, 0)
                    .set(LOGIN_THROTTLES.LOCKS, 0)
                    .set(LOGIN_THROTTLES.LAST_FAILURE_AT, now())
                    .onConflictDoNothing()
                    .execute();
            Optional<LoginThrottle> locked = dsl.selectFrom(LOGIN_THROTTLES)
                    .where(LOGIN_THROTTLES.LOGIN_NAME.eq(loginName))
                    .forUpdate()
                    .fetchOptional(JooqLoginThrottleStore::toThrottle);
            if (locked.isPresent()) {
                return locked.get();
            }
        }
        throw new IllegalStateException("The failed-login record of a login name was deleted under each of "
                + LOCK_ATTEMPTS + " attempts to lock it");
    }

    /** An upsert, so that it also stores a record that was not locked first. */
    @Override
    public void save(LoginThrottle throttle) {
        OffsetDateTime now = now();
        OffsetDateTime lockedUntil = toColumn(throttle.lockedUntil());
        dsl.insertInto(LOGIN_THROTTLES)
                .set(LOGIN_THROTTLES.LOGIN_NAME, throttle.loginName())
                .set(LOGIN_THROTTLES.FAILURES, throttle.failures())
                .set(LOGIN_THROTTLES.LOCKS, throttle.locks())
                .set(LOGIN_THROTTLES.LOCKED_UNTIL, lockedUntil)
                .set(LOGIN_THROTTLES.LAST_FAILURE_AT, now)
                .onConflict(LOGIN_THROTTLES.LOGIN_NAME)
                .doUpdate()
                .set(LOGIN_THROTTLES.FAILURES, throttle.failures())
                .set(LOGIN_THROTTLES.LOCKS, throttle.locks())
                .set(LOGIN_THROTTLES.LOCKED_UNTIL, lockedUntil)
                .set(LOGIN_THROTTLES.LAST_FAILURE_AT, now)
                .execute();
    }

    /**
     * Resets the row rather than deleting it: concurrent logins of the same name may be waiting in
     * {@link #lock} for this very row, and a row deleted under them would make them start over
     * (under a flood of logins on one account, again and again). Only the idle purge deletes rows.
     * A name without a row has nothing to forget, so a success costs no write then.
     */
    @Override
    public void clear(String loginName) {
        dsl.update(LOGIN_THROTTLES)
                .set(LOGIN_THROTTLES.FAILURES, 0)
                .set(LOGIN_THROTTLES.LOCKS, 0)
                .setNull(LOGIN_THROTTLES.LOCKED_UNTIL)
                .where(LOGIN_THROTTLES.LOGIN_NAME.eq(loginName))
                .and(LOGIN_THROTTLES
                        .FAILURES
                        .ne(0)
                        .or(LOGIN_THROTTLES.LOCKS.ne(0))
                        .or(LOGIN_THROTTLES.LOCKED_UNTIL.isNotNull()))
                .execute();
    }

    /**
     * Like the audit purge: batches of rows no other transaction holds ({@code FOR UPDATE SKIP
     * LOCKED}), so instances purging at once never wait for each other, and a record a login is
     * holding right now is left alone (and purged next time if it is still idle).
     */
    @Override
    public int purgeIdle(Instant idleSince) {
        OffsetDateTime since = toColumn(idleSince);
        Condition idle = LOGIN_THROTTLES
                .LAST_FAILURE_AT
                .lt(since)
                .and(LOGIN_THROTTLES.LOCKED_UNTIL.isNull().or(LOGIN_THROTTLES.LOCKED_UNTIL.lt(since)));
        return Purges.inBatches(
                purgeBatch,
                () -> dsl.deleteFrom(LOGIN_THROTTLES)
                        .where(LOGIN_THROTTLES.LOGIN_NAME.in(select(LOGIN_THROTTLES.LOGIN_NAME)
                                .from(LOGIN_THROTTLES)
                                .where(idle)
                                .limit(purgeBatch)
                                .forUpdate()
                                .skipLocked()))
                        .execute());
    }

    private OffsetDateTime now() {
        return toColumn(clock.instant());
    }

    private static LoginThrottle toThrottle(LoginThrottlesRecord row) {
        return new LoginThrottle(
                row.getLoginName(), row.getFailures(), row.getLocks(), fromColumn(row.getLockedUntil()));
    }
}
