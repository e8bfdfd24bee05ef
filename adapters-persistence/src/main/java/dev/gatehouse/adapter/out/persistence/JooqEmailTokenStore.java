package dev.gatehouse.adapter.out.persistence;

import static dev.gatehouse.adapter.out.persistence.Timestamps.fromColumn;
import static dev.gatehouse.adapter.out.persistence.Timestamps.toColumn;
import static dev.gatehouse.adapter.out.persistence.jooq.Tables.EMAIL_TOKENS;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;

import dev.gatehouse.domain.email.EmailTokenGrant;
import dev.gatehouse.domain.email.EmailTokenPurpose;
import dev.gatehouse.domain.port.out.EmailTokenStore;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record4;

/**
 * The mailed tokens in email_tokens, by token hash. Whether a token is usable is one condition
 * ({@link #usableAt}), read by the lookup and by the spend alike.
 */
final class JooqEmailTokenStore implements EmailTokenStore {
    private final DSLContext dsl;
    private final int purgeBatch;

    /** @param purgeBatch the most rows one DELETE of the purge removes */
    JooqEmailTokenStore(DSLContext dsl, int purgeBatch) {
        if (purgeBatch < 1) {
            throw new IllegalArgumentException("purgeBatch must be at least 1");
        }
        this.dsl = dsl;
        this.purgeBatch = purgeBatch;
    }

    /**
     * Supersedes, then inserts. Two issues for one account and purpose at once would each supersede
     * only what was committed before them and leave two usable tokens; the use cases issue under
     * the account's row lock (the one the mail limit reads {@link #lastIssuedAt} under), so the
     * later one's UPDATE runs after the earlier one committed and sees its token.
     */
    @Override
    public void issue(String tokenHash, EmailTokenGrant grant, Instant now) {
        dsl.update(EMAIL_TOKENS)
                .set(EMAIL_TOKENS.SUPERSEDED_AT, toColumn(now))
                .where(
                        EMAIL_TOKENS.USER_ID.eq(grant.userId().value()),
                        EMAIL_TOKENS.PURPOSE.eq(grant.purpose().name()),
                        EMAIL_TOKENS.SPENT_AT.isNull(),
                        EMAIL_TOKENS.SUPERSEDED_AT.isNull())
                .execute();
        dsl.insertInto(EMAIL_TOKENS)
                .set(EMAIL_TOKENS.TOKEN_HASH, tokenHash)
                .set(EMAIL_TOKENS.PURPOSE, grant.purpose().name())
                .set(EMAIL_TOKENS.USER_ID, grant.userId().value())
                .set(EMAIL_TOKENS.EMAIL, grant.email().value())
                .set(EMAIL_TOKENS.CREATED_AT, toColumn(now))
                .set(EMAIL_TOKENS.EXPIRES_AT, toColumn(grant.expiresAt()))
                .execute();
    }

    @Override
    public Optional<Instant> lastIssuedAt(UserId userId, EmailTokenPurpose purpose) {
        return Optional.ofNullable(fromColumn(dsl.select(max(EMAIL_TOKENS.CREATED_AT))
                .from(EMAIL_TOKENS)
                .where(EMAIL_TOKENS.USER_ID.eq(userId.value()), EMAIL_TOKENS.PURPOSE.eq(purpose.name()))
                .fetchOne(0, OffsetDateTime.class)));
    }

    @Override
    public Optional<EmailTokenGrant> findUsable(String tokenHash, EmailTokenPurpose purpose, Instant now) {
        return dsl.select(EMAIL_TOKENS.USER_ID, EMAIL_TOKENS.PURPOSE, EMAIL_TOKENS.EMAIL, EMAIL_TOKENS.EXPIRES_AT)
                .from(EMAIL_TOKENS)
                .where(usable(tokenHash, purpose, now))
                .fetchOptional(JooqEmailTokenStore::toGrant);
    }

    /**
     * {@code UPDATE … WHERE usable … RETURNING}: a second spend at once waits for the first one's
     * row lock, and PostgreSQL then checks the condition again on the row as the first one left it
     * (spent), so it updates nothing and gets nothing.
     */
    @Override
    public Optional<EmailTokenGrant> spend(String tokenHash, EmailTokenPurpose purpose, Instant now) {
        return dsl.update(EMAIL_TOKENS)
                .set(EMAIL_TOKENS.SPENT_AT, toColumn(now))
                .where(usable(tokenHash, purpose, now))
                .returningResult(
                        EMAIL_TOKENS.USER_ID, EMAIL_TOKENS.PURPOSE, EMAIL_TOKENS.EMAIL, EMAIL_TOKENS.EXPIRES_AT)
                .fetchOptional(JooqEmailTokenStore::toGrant);
    }

    /** Like the other purges: batches of rows no other transaction holds ({@code FOR UPDATE SKIP LOCKED}). */
    @Override
    public int purgeExpired(Instant before) {
        Condition expired = EMAIL_TOKENS.EXPIRES_AT.lt(toColumn(before));
        return Purges.inBatches(
                purgeBatch,
                () -> dsl.deleteFrom(EMAIL_TOKENS)
                        .where(EMAIL_TOKENS.TOKEN_HASH.in(select(EMAIL_TOKENS.TOKEN_HASH)
                                .from(EMAIL_TOKENS)
                                .where(expired)
                                .limit(purgeBatch)
                                .forUpdate()
                                .skipLocked()))
                        .execute());
    }

    private static Condition usable(String tokenHash, EmailTokenPurpose purpose, Instant now) {
        return EMAIL_TOKENS
                .TOKEN_HASH
                .eq(tokenHash)
                .and(EMAIL_TOKENS.PURPOSE.eq(purpose.name()))
                .and(EMAIL_TOKENS.SPENT_AT.isNull())
                .and(EMAIL_TOKENS.SUPERSEDED_AT.isNull())
                .and(EMAIL_TOKENS.EXPIRES_AT.gt(toColumn(now)));
    }

    private static EmailTokenGrant toGrant(Record4<UUID, String, String, OffsetDateTime> row) {
        return new EmailTokenGrant(
                new UserId(row.value1()),
                EmailTokenPurpose.valueOf(row.value2()),
                new Email(row.value3()),
                fromColumn(row.value4()));
    }
}
