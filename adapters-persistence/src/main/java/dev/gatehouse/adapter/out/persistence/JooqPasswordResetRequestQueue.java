package dev.gatehouse.adapter.out.persistence;

import static dev.gatehouse.adapter.out.persistence.Timestamps.fromColumn;
import static dev.gatehouse.adapter.out.persistence.Timestamps.toColumn;
import static dev.gatehouse.adapter.out.persistence.jooq.Tables.PASSWORD_RESET_REQUESTS;
import static org.jooq.impl.DSL.select;

import dev.gatehouse.adapter.out.persistence.jooq.tables.records.PasswordResetRequestsRecord;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.email.PasswordResetRequest;
import dev.gatehouse.domain.port.out.PasswordResetRequestQueue;
import dev.gatehouse.domain.user.Email;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The queued password-reset requests in password_reset_requests, one row each. A request is taken
 * by deleting its row: no claim or lease to settle afterwards, because the deletion belongs to the
 * worker's transaction and is undone with it.
 */
final class JooqPasswordResetRequestQueue implements PasswordResetRequestQueue {
    private final DSLContext dsl;

    JooqPasswordResetRequestQueue(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Email email, ClientInfo client, Instant now) {
        dsl.insertInto(PASSWORD_RESET_REQUESTS)
                .set(PASSWORD_RESET_REQUESTS.ID, UUID.randomUUID())
                .set(PASSWORD_RESET_REQUESTS.EMAIL, email.value())
                .set(PASSWORD_RESET_REQUESTS.IP, client.ip())
                .set(PASSWORD_RESET_REQUESTS.USER_AGENT, client.userAgent())
                .set(PASSWORD_RESET_REQUESTS.REQUESTED_AT, toColumn(now))
                .set(PASSWORD_RESET_REQUESTS.DUE_AT, toColumn(now))
                .set(PASSWORD_RESET_REQUESTS.ATTEMPTS, 0)
                .execute();
    }

    /**
     * One statement: the subquery picks the longest-waiting due row and locks it, the DELETE
     * removes exactly that row and returns it.
     *
     * <p>{@code FOR UPDATE SKIP LOCKED}: a row another worker is taking right now (its DELETE holds
     * the row lock until its transaction ends) is passed over, not waited for, so workers on every
     * instance take different requests side by side and none blocks behind another's slow answer;
     * without it, the second worker would wait for the first one's commit and then find the row
     * gone, or, after a rollback, take it a moment later than it could have taken the next one. A
     * row another worker deleted and committed after this statement's snapshot is found gone when
     * it is locked and is passed over too.
     *
     * <p>The DELETE is final only on commit: it runs in the caller's {@link
     * dev.gatehouse.domain.port.out.UnitOfWork}, so it commits together with what was written to
     * answer the request (the token, the mail in the outbox, the audit event), or rolls back with
     * it, and then the row is back as it was, due again, for any worker to take. Nothing is lost
     * when a worker fails or its instance dies mid-answer, and nothing is answered twice.
     */
    @Override
    public Optional<PasswordResetRequest> take(Instant now) {
        return dsl.deleteFrom(PASSWORD_RESET_REQUESTS)
                .where(PASSWORD_RESET_REQUESTS.ID.eq(select(PASSWORD_RESET_REQUESTS.ID)
                        .from(PASSWORD_RESET_REQUESTS)
                        .where(PASSWORD_RESET_REQUESTS.DUE_AT.le(toColumn(now)))
                        .orderBy(
                                PASSWORD_RESET_REQUESTS.DUE_AT,
                                PASSWORD_RESET_REQUESTS.REQUESTED_AT,
                                PASSWORD_RESET_REQUESTS.ID)
                        .limit(1)
                        .forUpdate()
                        .skipLocked()))
                .returning()
                .fetchOptional()
                .map(JooqPasswordResetRequestQueue::toRequest);
    }

    @Override
    public void postpone(UUID id, Instant dueAt) {
        dsl.update(PASSWORD_RESET_REQUESTS)
                .set(PASSWORD_RESET_REQUESTS.ATTEMPTS, PASSWORD_RESET_REQUESTS.ATTEMPTS.plus(1))
                .set(PASSWORD_RESET_REQUESTS.DUE_AT, toColumn(dueAt))
                .where(PASSWORD_RESET_REQUESTS.ID.eq(id))
                .execute();
    }

    @Override
    public void drop(UUID id) {
        dsl.deleteFrom(PASSWORD_RESET_REQUESTS)
                .where(PASSWORD_RESET_REQUESTS.ID.eq(id))
                .execute();
    }

    @Override
    public long count() {
        return dsl.fetchCount(PASSWORD_RESET_REQUESTS);
    }

    private static PasswordResetRequest toRequest(PasswordResetRequestsRecord row) {
        return new PasswordResetRequest(
                row.getId(),
                new Email(row.getEmail()),
                new ClientInfo(row.getIp(), row.getUserAgent()),
                fromColumn(row.getRequestedAt()),
                row.getAttempts());
    }
}
