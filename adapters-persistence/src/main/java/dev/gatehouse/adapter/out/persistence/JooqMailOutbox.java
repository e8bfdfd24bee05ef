package dev.gatehouse.adapter.out.persistence;

import static dev.gatehouse.adapter.out.persistence.Timestamps.fromColumn;
import static dev.gatehouse.adapter.out.persistence.Timestamps.toColumn;
import static dev.gatehouse.adapter.out.persistence.jooq.Tables.MAIL_OUTBOX;
import static org.jooq.impl.DSL.select;

import dev.gatehouse.adapter.out.persistence.jooq.tables.records.MailOutboxRecord;
import dev.gatehouse.domain.mail.ClaimedMail;
import dev.gatehouse.domain.mail.Mail;
import dev.gatehouse.domain.mail.MailTopic;
import dev.gatehouse.domain.port.out.MailDeliveryQueue;
import dev.gatehouse.domain.port.out.MailOutbox;
import dev.gatehouse.domain.user.Email;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The transactional outbox in mail_outbox: use cases write to it in their own transaction
 * ({@link MailOutbox}), senders on any instance claim, deliver and settle its rows
 * ({@link MailDeliveryQueue}). A claim is a claim_id and a lease_until on the row; every outcome
 * a sender records is conditional on its claim_id, so a sender whose lease ran out and whose mail
 * was claimed again records nothing.
 */
final class JooqMailOutbox implements MailOutbox, MailDeliveryQueue {
    /** last_error is a note for operators, not a log: enough for an SMTP reply, never a whole stack. */
    static final int MAX_ERROR_LENGTH = 500;

    /** The order mail is claimed in, and returned in: the longest due first. */
    private static final Comparator<MailOutboxRecord> OLDEST_FIRST = Comparator.comparing(
                    MailOutboxRecord::getNextAttemptAt)
            .thenComparing(MailOutboxRecord::getQueuedAt)
            .thenComparing(MailOutboxRecord::getId);

    private final DSLContext dsl;
    private final int purgeBatch;

    /** @param purgeBatch the most rows one DELETE of the purge removes */
    JooqMailOutbox(DSLContext dsl, int purgeBatch) {
        if (purgeBatch < 1) {
            throw new IllegalArgumentException("purgeBatch must be at least 1");
        }
        this.dsl = dsl;
        this.purgeBatch = purgeBatch;
    }

    @Override
    public void enqueue(Mail mail, Instant now) {
        dsl.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.ID, UUID.randomUUID())
                .set(MAIL_OUTBOX.RECIPIENT, mail.to().value())
                .set(MAIL_OUTBOX.TOPIC, mail.topic().name())
                .set(MAIL_OUTBOX.SUBJECT, mail.subject())
                .set(MAIL_OUTBOX.BODY, mail.text())
                .set(MAIL_OUTBOX.QUEUED_AT, toColumn(now))
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, toColumn(now))
                .set(MAIL_OUTBOX.ATTEMPTS, 0)
                .execute();
    }

    /**
     * One statement: the subquery picks the due rows and locks them ({@code FOR UPDATE SKIP
     * LOCKED}: rows another sender is claiming right now are passed over, not waited for), the
     * UPDATE puts the claim and the lease on exactly those. A row whose lease another sender took
     * and committed since this statement's snapshot is checked again when it is locked and is no
     * longer due. RETURNING has no order of its own, so the rows are sorted here.
     */
    @Override
    public List<ClaimedMail> claimDue(int max, Instant now, Duration lease) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1");
        }
        UUID claim = UUID.randomUUID();
        return dsl
                .update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.CLAIM_ID, claim)
                .set(MAIL_OUTBOX.LEASE_UNTIL, toColumn(now.plus(lease)))
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .where(MAIL_OUTBOX.ID.in(select(MAIL_OUTBOX.ID)
                        .from(MAIL_OUTBOX)
                        .where(dueAt(now))
                        .orderBy(MAIL_OUTBOX.NEXT_ATTEMPT_AT, MAIL_OUTBOX.QUEUED_AT)
                        .limit(max)
                        .forUpdate()
                        .skipLocked()))
                .returning()
                .fetch()
                .stream()
                .sorted(OLDEST_FIRST)
                .map(JooqMailOutbox::toClaimedMail)
                .toList();
    }

    @Override
    public boolean markSent(ClaimedMail mail, Instant now) {
        return dsl.update(MAIL_OUTBOX)
                        .set(MAIL_OUTBOX.SENT_AT, toColumn(now))
                        .setNull(MAIL_OUTBOX.SUBJECT)
                        .setNull(MAIL_OUTBOX.BODY)
                        .setNull(MAIL_OUTBOX.CLAIM_ID)
                        .setNull(MAIL_OUTBOX.LEASE_UNTIL)
                        .where(heldBy(mail))
                        .execute()
                > 0;
    }

    @Override
    public void retryAt(ClaimedMail mail, Instant nextAttemptAt, String error) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, toColumn(nextAttemptAt))
                .set(MAIL_OUTBOX.LAST_ERROR, truncated(error))
                .setNull(MAIL_OUTBOX.CLAIM_ID)
                .setNull(MAIL_OUTBOX.LEASE_UNTIL)
                .where(heldBy(mail))
                .execute();
    }

    @Override
    public void abandon(ClaimedMail mail, Instant now, String error) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.ABANDONED_AT, toColumn(now))
                .set(MAIL_OUTBOX.LAST_ERROR, truncated(error))
                .setNull(MAIL_OUTBOX.SUBJECT)
                .setNull(MAIL_OUTBOX.BODY)
                .setNull(MAIL_OUTBOX.CLAIM_ID)
                .setNull(MAIL_OUTBOX.LEASE_UNTIL)
                .where(heldBy(mail))
                .execute();
    }

    @Override
    public long countPending() {
        return dsl.fetchCount(MAIL_OUTBOX, pending());
    }

    /** Like the other purges: batches of rows no other transaction holds ({@code FOR UPDATE SKIP LOCKED}). */
    @Override
    public int purgeFinished(Instant before) {
        Condition finished = pending().not().and(MAIL_OUTBOX.QUEUED_AT.lt(toColumn(before)));
        return Purges.inBatches(
                purgeBatch,
                () -> dsl.deleteFrom(MAIL_OUTBOX)
                        .where(MAIL_OUTBOX.ID.in(select(MAIL_OUTBOX.ID)
                                .from(MAIL_OUTBOX)
                                .where(finished)
                                .limit(purgeBatch)
                                .forUpdate()
                                .skipLocked()))
                        .execute());
    }

    private static Condition pending() {
        return MAIL_OUTBOX.SENT_AT.isNull().and(MAIL_OUTBOX.ABANDONED_AT.isNull());
    }

    private static Condition dueAt(Instant now) {
        return pending()
                .and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(toColumn(now)))
                .and(MAIL_OUTBOX.LEASE_UNTIL.isNull().or(MAIL_OUTBOX.LEASE_UNTIL.le(toColumn(now))));
    }

    /**
     * The row is still this claim's: a claim is cleared when its outcome is recorded and replaced
     * when another sender claims the row after the lease, so this also means "not settled yet".
     */
    private static Condition heldBy(ClaimedMail mail) {
        return MAIL_OUTBOX
                .ID
                .eq(mail.id())
                .and(MAIL_OUTBOX.CLAIM_ID.eq(mail.claimId()))
                .and(pending());
    }

    /** At most {@link #MAX_ERROR_LENGTH} characters, never cutting a character in two; no NUL (PostgreSQL refuses it in text). */
    private static String truncated(String error) {
        if (error == null) {
            return null;
        }
        String text = error.replace('\u0000', ' ');
        if (text.codePointCount(0, text.length()) <= MAX_ERROR_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_ERROR_LENGTH));
    }

    private static ClaimedMail toClaimedMail(MailOutboxRecord row) {
        Mail mail = new Mail(
                new Email(row.getRecipient()), MailTopic.valueOf(row.getTopic()), row.getSubject(), row.getBody());
        return new ClaimedMail(row.getId(), row.getClaimId(), mail, row.getAttempts(), fromColumn(row.getQueuedAt()));
    }
}
