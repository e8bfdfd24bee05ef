package dev.gatehouse.adapter.out.persistence;

import static dev.gatehouse.adapter.out.persistence.Timestamps.fromColumn;
import static dev.gatehouse.adapter.out.persistence.Timestamps.toColumn;
import static dev.gatehouse.adapter.out.persistence.jooq.Tables.MFA_CHALLENGES;
import static org.jooq.impl.DSL.select;

import dev.gatehouse.adapter.out.persistence.jooq.tables.records.MfaChallengesRecord;
import dev.gatehouse.domain.mfa.MfaChallenge;
import dev.gatehouse.domain.port.out.MfaChallengeStore;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;

/**
 * The second steps of logins in mfa_challenges, by token hash. Whether a challenge is usable is
 * one condition ({@link #usableAt}), read by the lock and by the spend alike.
 */
final class JooqMfaChallengeStore implements MfaChallengeStore {
    private final DSLContext dsl;
    private final int purgeBatch;

    /** @param purgeBatch the most rows one DELETE of the purge removes */
    JooqMfaChallengeStore(DSLContext dsl, int purgeBatch) {
        if (purgeBatch < 1) {
            throw new IllegalArgumentException("purgeBatch must be at least 1");
        }
        this.dsl = dsl;
        this.purgeBatch = purgeBatch;
    }

    @Override
    public void create(String tokenHash, UserId userId, Instant expiresAt, Instant now) {
        dsl.insertInto(MFA_CHALLENGES)
                .set(MFA_CHALLENGES.TOKEN_HASH, tokenHash)
                .set(MFA_CHALLENGES.USER_ID, userId.value())
                .set(MFA_CHALLENGES.CREATED_AT, toColumn(now))
                .set(MFA_CHALLENGES.EXPIRES_AT, toColumn(expiresAt))
                .set(MFA_CHALLENGES.FAILURES, 0)
                .execute();
    }

    /**
     * {@code SELECT … FOR UPDATE} with the usability condition: a second request waits for the
     * first one's lock, and PostgreSQL then checks the condition again on the row as the first one
     * left it, so a challenge spent or exhausted meanwhile is not returned.
     */
    @Override
    public Optional<MfaChallenge> lockUsable(String tokenHash, Instant now) {
        return dsl.selectFrom(MFA_CHALLENGES)
                .where(MFA_CHALLENGES.TOKEN_HASH.eq(tokenHash), usableAt(now))
                .forUpdate()
                .fetchOptional(JooqMfaChallengeStore::toChallenge);
    }

    /** {@code failures = failures + 1 … RETURNING}: the increment and its result are one statement. */
    @Override
    public int countFailure(String tokenHash) {
        return dsl.update(MFA_CHALLENGES)
                .set(MFA_CHALLENGES.FAILURES, MFA_CHALLENGES.FAILURES.plus(1))
                .where(MFA_CHALLENGES.TOKEN_HASH.eq(tokenHash))
                .returningResult(MFA_CHALLENGES.FAILURES)
                .fetchOptional(Record1::value1)
                .orElse(0);
    }

    @Override
    public boolean spend(String tokenHash, Instant now) {
        return dsl.update(MFA_CHALLENGES)
                        .set(MFA_CHALLENGES.SPENT_AT, toColumn(now))
                        .where(MFA_CHALLENGES.TOKEN_HASH.eq(tokenHash), usableAt(now))
                        .execute()
                > 0;
    }

    /** Like the other purges: batches of rows no other transaction holds ({@code FOR UPDATE SKIP LOCKED}). */
    @Override
    public int purgeExpired(Instant before) {
        Condition expired = MFA_CHALLENGES.EXPIRES_AT.lt(toColumn(before));
        return Purges.inBatches(
                purgeBatch,
                () -> dsl.deleteFrom(MFA_CHALLENGES)
                        .where(MFA_CHALLENGES.TOKEN_HASH.in(select(MFA_CHALLENGES.TOKEN_HASH)
                                .from(MFA_CHALLENGES)
                                .where(expired)
                                .limit(purgeBatch)
                                .forUpdate()
                                .skipLocked()))
                        .execute());
    }

    private static Condition usableAt(Instant now) {
        return MFA_CHALLENGES
                .SPENT_AT
                .isNull()
                .and(MFA_CHALLENGES.EXPIRES_AT.gt(toColumn(now)))
                .and(MFA_CHALLENGES.FAILURES.lt(MfaChallenge.MAX_FAILURES));
    }

    private static MfaChallenge toChallenge(MfaChallengesRecord row) {
        return new MfaChallenge(
                row.getTokenHash(),
                new UserId(row.getUserId()),
                fromColumn(row.getCreatedAt()),
                fromColumn(row.getExpiresAt()),
                row.getFailures());
    }
}
