package dev.gatehouse.adapter.out.persistence;

import static dev.gatehouse.adapter.out.persistence.Timestamps.fromColumn;
import static dev.gatehouse.adapter.out.persistence.Timestamps.toColumn;
import static dev.gatehouse.adapter.out.persistence.jooq.Tables.MFA_ENROLMENTS;
import static dev.gatehouse.adapter.out.persistence.jooq.Tables.MFA_RECOVERY_CODES;

import dev.gatehouse.adapter.out.persistence.jooq.tables.records.MfaEnrolmentsRecord;
import dev.gatehouse.adapter.out.persistence.jooq.tables.records.MfaRecoveryCodesRecord;
import dev.gatehouse.domain.mfa.MfaEnrolment;
import dev.gatehouse.domain.mfa.RecoveryCodeHash;
import dev.gatehouse.domain.mfa.SealedSecret;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep2;

/**
 * TOTP enrolments in mfa_enrolments, their recovery codes in mfa_recovery_codes. Each race is
 * decided by one conditional statement: PostgreSQL makes the second of two concurrent writers of a
 * row wait for the first and then evaluates its WHERE again on the row as the first one left it
 * (READ COMMITTED), so exactly one of them changes it and learns so from the row count.
 */
final class JooqMfaEnrolmentStore implements MfaEnrolmentStore {
    private final DSLContext dsl;

    JooqMfaEnrolmentStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<MfaEnrolment> find(UserId userId) {
        return dsl.selectFrom(MFA_ENROLMENTS)
                .where(MFA_ENROLMENTS.USER_ID.eq(userId.value()))
                .fetchOptional(JooqMfaEnrolmentStore::toEnrolment);
    }

    /** One {@code SELECT … WHERE user_id IN (…)} over the primary key; nothing asked, no query. */
    @Override
    public Set<UserId> enabledAmong(Collection<UserId> userIds) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(dsl.select(MFA_ENROLMENTS.USER_ID)
                .from(MFA_ENROLMENTS)
                .where(
                        MFA_ENROLMENTS.USER_ID.in(
                                userIds.stream().map(UserId::value).toList()),
                        MFA_ENROLMENTS.ENABLED_AT.isNotNull())
                .fetch(row -> new UserId(row.value1())));
    }

    /**
     * {@code INSERT … ON CONFLICT DO UPDATE … WHERE enabled_at IS NULL}: a pending row is
     * overwritten, an enabled one is left as it is and the statement reports no row. A confirmation
     * committing meanwhile is seen: the conflicting row is locked and the WHERE read on its latest
     * version.
     */
    @Override
    public boolean savePending(UserId userId, SealedSecret secret, Instant now) {
        OffsetDateTime at = toColumn(now);
        byte[] sealed = secret.value();
        return dsl.insertInto(MFA_ENROLMENTS)
                        .set(MFA_ENROLMENTS.USER_ID, userId.value())
                        .set(MFA_ENROLMENTS.SEALED_SECRET, sealed)
                        .set(MFA_ENROLMENTS.CREATED_AT, at)
                        .set(MFA_ENROLMENTS.UPDATED_AT, at)
                        .onConflict(MFA_ENROLMENTS.USER_ID)
                        .doUpdate()
                        .set(MFA_ENROLMENTS.SEALED_SECRET, sealed)
                        .set(MFA_ENROLMENTS.CREATED_AT, at)
                        .set(MFA_ENROLMENTS.UPDATED_AT, at)
                        .where(MFA_ENROLMENTS.ENABLED_AT.isNull())
                        .execute()
                > 0;
    }

    /**
     * The UPDATE decides (pending, and still the secret the code was checked against); only its
     * winner inserts the codes. A pending enrolment has none to clear: codes are inserted only here
     * and by {@link #replaceRecoveryCodes} (enabled only), and go with the enrolment.
     */
    @Override
    public boolean enable(
            UserId userId,
            SealedSecret confirmedSecret,
            long confirmedStep,
            List<RecoveryCodeHash> recoveryCodeHashes,
            Instant now) {
        OffsetDateTime at = toColumn(now);
        boolean enabled = dsl.update(MFA_ENROLMENTS)
                        .set(MFA_ENROLMENTS.ENABLED_AT, at)
                        .set(MFA_ENROLMENTS.LAST_USED_STEP, confirmedStep)
                        .set(MFA_ENROLMENTS.UPDATED_AT, at)
                        .where(
                                MFA_ENROLMENTS.USER_ID.eq(userId.value()),
                                MFA_ENROLMENTS.ENABLED_AT.isNull(),
                                MFA_ENROLMENTS.SEALED_SECRET.eq(confirmedSecret.value()))
                        .execute()
                > 0;
        if (enabled) {
            insertRecoveryCodes(userId, recoveryCodeHashes);
        }
        return enabled;
    }

    /** Compared byte for byte in the WHERE: a secret replaced or removed meanwhile makes it change nothing. */
    @Override
    public boolean replaceSecret(UserId userId, SealedSecret expected, SealedSecret resealed) {
        return dsl.update(MFA_ENROLMENTS)
                        .set(MFA_ENROLMENTS.SEALED_SECRET, resealed.value())
                        .where(
                                MFA_ENROLMENTS.USER_ID.eq(userId.value()),
                                MFA_ENROLMENTS.SEALED_SECRET.eq(expected.value()))
                        .execute()
                > 0;
    }

    /** The conditional UPDATE the replay protection rests on: one statement, no read before it. */
    @Override
    public boolean acceptStep(UserId userId, long step) {
        return dsl.update(MFA_ENROLMENTS)
                        .set(MFA_ENROLMENTS.LAST_USED_STEP, step)
                        .where(
                                MFA_ENROLMENTS.USER_ID.eq(userId.value()),
                                MFA_ENROLMENTS.ENABLED_AT.isNotNull(),
                                MFA_ENROLMENTS.LAST_USED_STEP.isNull().or(MFA_ENROLMENTS.LAST_USED_STEP.lt(step)))
                        .execute()
                > 0;
    }

    @Override
    public boolean useRecoveryCode(UserId userId, RecoveryCodeHash codeHash, Instant now) {
        return dsl.update(MFA_RECOVERY_CODES)
                        .set(MFA_RECOVERY_CODES.USED_AT, toColumn(now))
                        .where(
                                MFA_RECOVERY_CODES.USER_ID.eq(userId.value()),
                                MFA_RECOVERY_CODES.CODE_HASH.eq(codeHash.value()),
                                MFA_RECOVERY_CODES.USED_AT.isNull())
                        .execute()
                > 0;
    }

    @Override
    public int remainingRecoveryCodes(UserId userId) {
        return dsl.fetchCount(
                MFA_RECOVERY_CODES,
                MFA_RECOVERY_CODES.USER_ID.eq(userId.value()).and(MFA_RECOVERY_CODES.USED_AT.isNull()));
    }

    /**
     * Locks the enabled enrolment first ({@code SELECT … FOR NO KEY UPDATE}): a concurrent
     * replacement waits and then replaces this one's set whole, a concurrent removal waits and
     * then takes the new set along. Without the lock two replacements could interleave their
     * DELETE and INSERT and leave the account with both sets.
     */
    @Override
    public boolean replaceRecoveryCodes(UserId userId, List<RecoveryCodeHash> recoveryCodeHashes) {
        boolean enabled = dsl.selectOne()
                .from(MFA_ENROLMENTS)
                .where(MFA_ENROLMENTS.USER_ID.eq(userId.value()), MFA_ENROLMENTS.ENABLED_AT.isNotNull())
                .forNoKeyUpdate()
                .fetchOptional()
                .isPresent();
        if (enabled) {
            dsl.deleteFrom(MFA_RECOVERY_CODES)
                    .where(MFA_RECOVERY_CODES.USER_ID.eq(userId.value()))
                    .execute();
            insertRecoveryCodes(userId, recoveryCodeHashes);
        }
        return enabled;
    }

    /** The recovery codes go with the row (ON DELETE CASCADE); RETURNING tells whether it was enabled. */
    @Override
    public boolean remove(UserId userId) {
        return dsl.deleteFrom(MFA_ENROLMENTS)
                .where(MFA_ENROLMENTS.USER_ID.eq(userId.value()))
                .returningResult(MFA_ENROLMENTS.ENABLED_AT)
                .fetchOptional(row -> row.value1() != null)
                .orElse(false);
    }

    private void insertRecoveryCodes(UserId userId, List<RecoveryCodeHash> codeHashes) {
        if (codeHashes.isEmpty()) {
            return;
        }
        UUID id = userId.value();
        InsertValuesStep2<MfaRecoveryCodesRecord, UUID, String> insert =
                dsl.insertInto(MFA_RECOVERY_CODES, MFA_RECOVERY_CODES.USER_ID, MFA_RECOVERY_CODES.CODE_HASH);
        for (RecoveryCodeHash codeHash : codeHashes) {
            insert = insert.values(id, codeHash.value());
        }
        insert.execute();
    }

    private static MfaEnrolment toEnrolment(MfaEnrolmentsRecord row) {
        Long lastUsedStep = row.getLastUsedStep();
        return new MfaEnrolment(
                new UserId(row.getUserId()),
                new SealedSecret(row.getSealedSecret()),
                fromColumn(row.getCreatedAt()),
                fromColumn(row.getEnabledAt()),
                lastUsedStep == null ? OptionalLong.empty() : OptionalLong.of(lastUsedStep));
    }
}
